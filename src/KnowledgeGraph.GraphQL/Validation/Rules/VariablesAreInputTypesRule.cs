using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is VariableDefinitionNode definition)
            {
                var type = TypeHelpers.TypeFromAst(context.Lookup.Schema, definition.Type);
                if (type is not null && !TypeHelpers.IsInputType(type))
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                        definition.Type));
                }
            }
            return VisitAction.Continue;
        }
    }
}
