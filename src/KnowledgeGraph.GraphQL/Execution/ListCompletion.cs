using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// A list some of whose items are still pending. A failed item is handled like a field error at the item's
/// position: null when the item type is nullable, otherwise the whole list fails with <see cref="NullPropagation"/>.
/// </summary>
internal sealed class ListCompletion : Deferred, IDeferredConsumer
{
    private readonly OperationExecutor _executor;
    private readonly object?[] _values;
    private readonly GraphQLType _itemType;
    private readonly List<FieldNode> _nodes;
    private readonly ResponsePath _path;
    private Exception? _failure;
    private int _outstanding = 1; // the executing loop holds one count until Seal

    public ListCompletion(OperationExecutor executor, object?[] values, GraphQLType itemType, List<FieldNode> nodes, ResponsePath path)
    {
        _executor = executor;
        _values = values;
        _itemType = itemType;
        _nodes = nodes;
        _path = path;
    }

    public void Await(Deferred item, int index)
    {
        Interlocked.Increment(ref _outstanding);
        item.Subscribe(this, index);
    }

    /// <summary>Every item has been started; completes now if none is still pending.</summary>
    public void Seal() => Release();

    void IDeferredConsumer.OnCompleted(int slot, object? value, Exception? error)
    {
        if (error is null)
        {
            _values[slot] = value;
        }
        else
        {
            try
            {
                _values[slot] = _executor.HandleFieldError(error, _itemType, _nodes, _path.Index(slot));
            }
            catch (NullPropagation propagation)
            {
                Interlocked.CompareExchange(ref _failure, propagation, null);
            }
        }
        Release();
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _outstanding) != 0) return;
        var failure = Volatile.Read(ref _failure);
        Complete(failure is null ? _values : null, failure);
    }
}
