using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.3 Fragments On Composite Types: type conditions name objects, interfaces or unions.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } condition }:
                    if (IsNonComposite(condition))
                    {
                        context.ReportError(new GraphQLError(
                            $"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition));
                    }
                    break;
                case FragmentDefinitionNode fragment:
                    if (IsNonComposite(fragment.TypeCondition))
                    {
                        context.ReportError(new GraphQLError(
                            $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                            fragment.TypeCondition));
                    }
                    break;
            }
            return VisitAction.Continue;
        }

        private bool IsNonComposite(NamedTypeNode condition)
        {
            var type = TypeHelpers.TypeFromAst(context.Lookup.Schema, condition);
            return type is not null && !TypeHelpers.IsCompositeType(type);
        }
    }
}
