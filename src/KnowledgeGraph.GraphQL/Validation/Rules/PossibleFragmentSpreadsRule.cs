using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.3 Fragment Spread Is Possible: some object type must fit both the fragment and the parent.</summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode inline:
                    if (context.Type is NamedType fragmentType && TypeHelpers.IsCompositeType(fragmentType)
                        && context.ParentType is { } parentType && TypeHelpers.IsCompositeType(parentType)
                        && !TypeFacts.DoTypesOverlap(context.Schema, fragmentType, parentType))
                    {
                        context.ReportError(new GraphQLError(
                            $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                            inline));
                    }
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (FragmentType(name) is { } spreadType && context.ParentType is { } parent
                        && !TypeFacts.DoTypesOverlap(context.Schema, spreadType, parent))
                    {
                        context.ReportError(new GraphQLError(
                            $"Fragment \"{name}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{spreadType.Name}\".",
                            spread));
                    }
                    break;
            }
            return VisitAction.Continue;
        }

        private NamedType? FragmentType(string name)
        {
            var fragment = context.GetFragment(name);
            if (fragment is null) return null;
            var type = TypeHelpers.TypeFromAst(context.Lookup.Schema, fragment.TypeCondition);
            return TypeHelpers.IsCompositeType(type) ? (NamedType)type! : null;
        }
    }
}
