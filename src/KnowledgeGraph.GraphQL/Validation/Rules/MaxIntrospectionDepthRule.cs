using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js 17's guard against introspection bombs: under <c>__schema</c> or <c>__type</c>, at most two
/// nested levels of <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> or <c>inputFields</c> (fragments followed).
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is FieldNode { NameValue: "__schema" or "__type" } field
                && ExceedsDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError(new GraphQLError("Maximum introspection depth exceeded", field));
                return VisitAction.SkipChildren;
            }
            return VisitAction.Continue;
        }

        private bool ExceedsDepth(AstNode node, Dictionary<string, int> visitedFragments, int depth)
        {
            ValidationAbortedException.EnsureSufficientStack();
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (_exceededFragments.TryGetValue(name, out var exceededAt) && exceededAt <= depth) return true;
                if ((visitedFragments.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                    || (_checkedFragments.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
                {
                    return false;
                }
                var fragment = context.GetFragment(name);
                if (fragment is null) return false;
                visitedFragments[name] = depth;
                if (ExceedsDepth(fragment, visitedFragments, depth))
                {
                    _exceededFragments[name] = depth;
                    return true;
                }
                _checkedFragments[name] = depth;
                return false;
            }
            if (node is FieldNode { NameValue: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth) return true;
            }
            var selectionSet = node switch
            {
                FieldNode f => f.SelectionSet,
                InlineFragmentNode i => i.SelectionSet,
                FragmentDefinitionNode d => d.SelectionSet,
                _ => null,
            };
            if (selectionSet is null) return false;
            foreach (var child in selectionSet.Selections)
            {
                if (ExceedsDepth(child, visitedFragments, depth)) return true;
            }
            return false;
        }
    }
}
