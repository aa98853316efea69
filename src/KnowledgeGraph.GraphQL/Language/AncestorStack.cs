using System.Collections;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// The path from the root to the node being visited, as visitors read it. A walk pushes and pops once per node; held
/// in slots of a struct rather than an <c>AstNode[]</c> (a List's array), a push skips the covariant array-store check
/// that storing, say, a FieldNode into an AstNode[] costs.
/// </summary>
internal sealed class AncestorStack : IReadOnlyList<AstNode>
{
    private Slot[] _items = new Slot[32];
    private int _count;

    public int Count => _count;

    public AstNode this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            return _items[index].Node;
        }
    }

    public void Push(AstNode node)
    {
        if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[_count++].Node = node;
    }

    public void Pop() => _items[--_count].Node = null!;

    public IEnumerator<AstNode> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _items[i].Node;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private struct Slot
    {
        public AstNode Node;
    }
}
