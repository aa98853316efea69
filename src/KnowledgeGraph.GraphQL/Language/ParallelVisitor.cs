using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk (graphql-js <c>visitInParallel</c>); each may skip subtrees or break
/// independently of the others.
/// </summary>
public sealed class ParallelVisitor : AstVisitor
{
    private static readonly ConcurrentDictionary<Type, (bool Enters, bool Leaves)> Overrides = new();

    private readonly AstVisitor[] _visitors;

    // Per visitor: whether it overrides Enter / Leave. Most validation rules act on entering only, so calling the base
    // Leave of each on every node (thirty virtual calls per node) is skipped.
    private readonly bool[] _enters;
    private readonly bool[] _leaves;

    // Per visitor: null = active, a node = skipping that node's subtree, BreakMarker = finished.
    private readonly AstNode?[] _skipping;
    private int _broken;

    public ParallelVisitor(IEnumerable<AstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = visitors.ToArray();
        _skipping = new AstNode?[_visitors.Length];
        _enters = new bool[_visitors.Length];
        _leaves = new bool[_visitors.Length];
        for (var i = 0; i < _visitors.Length; i++)
        {
            (_enters[i], _leaves[i]) = Overrides.GetOrAdd(_visitors[i].GetType(), static type => (
                type.GetMethod(nameof(Enter), [typeof(AstNode), typeof(IReadOnlyList<AstNode>)])!.DeclaringType != typeof(AstVisitor),
                type.GetMethod(nameof(Leave), [typeof(AstNode), typeof(IReadOnlyList<AstNode>)])!.DeclaringType != typeof(AstVisitor)));
        }
    }

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null || !_enters[i]) continue;
            switch (_visitors[i].Enter(node, ancestors))
            {
                case VisitAction.SkipChildren:
                    _skipping[i] = node;
                    break;
                case VisitAction.Break:
                    _skipping[i] = BreakMarker.Instance;
                    _broken++;
                    break;
            }
        }
        return _broken == _visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            var skipping = _skipping[i];
            if (skipping is null)
            {
                if (_leaves[i] && _visitors[i].Leave(node, ancestors) == VisitAction.Break)
                {
                    _skipping[i] = BreakMarker.Instance;
                    _broken++;
                }
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
            }
        }
        return _broken == _visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    private sealed class BreakMarker : AstNode
    {
        public static readonly BreakMarker Instance = new();

        public override Kind Kind => Kind.Name;

        internal override void WalkChildren(AstWalker walker)
        {
        }
    }
}
