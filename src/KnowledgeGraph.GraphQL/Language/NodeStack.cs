using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Where the parser gathers the items of the lists it is building (a selection set's selections, a field's
/// arguments …). Lists nest, so each pushes its items on top and, when it closes, pops them into an array of exactly
/// their number: a list costs one array, not a growing List and its spare capacity. One stack per thread, reused by
/// every parse on it.
/// </summary>
internal sealed class NodeStack
{
    [ThreadStatic]
    private static NodeStack? t_cached;

    private const int MaxKept = 4096;

    // Slots rather than AstNode[]: storing into an array of a struct needs no covariant array-store check.
    private Slot[] _items = new Slot[64];
    private int _count;
    private int _highWater; // slots at or above this hold no node

    /// <summary>The thread's stack (or a new one while it is in use, e.g. by a parse that failed midway).</summary>
    public static NodeStack Rent()
    {
        var stack = t_cached ?? new NodeStack();
        t_cached = null;
        stack._count = 0;
        stack._highWater = 0;
        return stack;
    }

    public static void Return(NodeStack stack)
    {
        // Popped lists are not cleared one by one; every slot the parse used is cleared once here, so the stack keeps no
        // document alive (nor the nodes of a parse that failed midway). A stack grown by a huge document is not kept.
        if (stack._items.Length > MaxKept) stack._items = new Slot[64];
        else Array.Clear(stack._items, 0, Math.Max(stack._highWater, stack._count));
        stack._count = 0;
        t_cached = stack;
    }

    /// <summary>Where the list being started begins; pass it to <see cref="Pop{T}"/> when the list closes.</summary>
    public int Mark => _count;

    public void Push(AstNode node)
    {
        if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[_count++].Node = node;
    }

    /// <summary>The items pushed since <paramref name="mark"/>, in order, as an exactly-sized array.</summary>
    public T[] Pop<T>(int mark)
        where T : AstNode
    {
        var count = _count - mark;
        if (count == 0) return [];
        var result = new T[count];
        // The result is exactly a T[], so writing through a reference skips the covariant store check. No cast either:
        // the items above a mark are the ones the list's own parse method pushed, all of the list's item type (a cast
        // to an abstract type such as SelectionNode walks the class hierarchy on every item).
        ref var first = ref MemoryMarshal.GetArrayDataReference(result);
        for (var i = 0; i < count; i++)
        {
            Debug.Assert(_items[mark + i].Node is T, "a list popped as another type than its items");
            Unsafe.Add(ref first, i) = Unsafe.As<T>(_items[mark + i].Node);
        }
        if (_count > _highWater) _highWater = _count;
        _count = mark;
        return result;
    }

    private struct Slot
    {
        public AstNode Node;
    }
}
