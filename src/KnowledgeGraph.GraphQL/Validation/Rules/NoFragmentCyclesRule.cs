using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.2 Fragment Spreads Must Not Form Cycles; each cycle is reported once, with its path.</summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    return VisitAction.SkipChildren;
                case FragmentDefinitionNode fragment:
                    DetectCycle(fragment);
                    return VisitAction.SkipChildren;
                default:
                    return VisitAction.Continue;
            }
        }

        // Depth-first search from each fragment not yet visited; the path of spreads is the current branch.
        private void DetectCycle(FragmentDefinitionNode fragment)
        {
            ValidationAbortedException.EnsureSufficientStack();
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName)) return;
            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0) return;
            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } target) DetectCycle(target);
                }
                else
                {
                    var cyclePath = _spreadPath.Skip(cycleIndex).ToList();
                    var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                    context.ReportError(new GraphQLError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        cyclePath));
                }
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
            _spreadPathIndexByName.Remove(fragmentName);
        }
    }
}
