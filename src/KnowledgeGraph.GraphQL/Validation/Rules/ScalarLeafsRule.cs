using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.3.3 Leaf Field Selections: scalars and enums take no selection; other types need one.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is not FieldNode field || context.Type is not { } type) return VisitAction.Continue;
            var fieldName = field.NameValue;
            if (TypeHelpers.IsLeafType(TypeHelpers.GetNamedType(type)))
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet));
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    field));
            }
            // graphql-js 17 allows empty selection sets by default (allowEmptySelectionSets), so nothing more here.
            return VisitAction.Continue;
        }
    }
}
