namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// An object some of whose fields are still pending: it completes with its result map once every field has, or
/// fails with <see cref="NullPropagation"/> when a non-null field became null (the object itself becomes null).
/// </summary>
internal sealed class ObjectCompletion : Deferred, IDeferredConsumer
{
    private readonly ResultMap _map;
    private Exception? _failure;
    private int _outstanding = 1; // the executing loop holds one count until Seal

    public ObjectCompletion(ResultMap map) => _map = map;

    public void Await(Deferred field, int slot)
    {
        Interlocked.Increment(ref _outstanding);
        field.Subscribe(this, slot);
    }

    /// <summary>Every field has been started; completes now if none is still pending.</summary>
    public void Seal() => Release();

    void IDeferredConsumer.OnCompleted(int slot, object? value, Exception? error)
    {
        if (error is null) _map.Set(slot, value);
        else Interlocked.CompareExchange(ref _failure, error, null);
        Release();
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _outstanding) != 0) return;
        var failure = Volatile.Read(ref _failure);
        Complete(failure is null ? _map : null, failure);
    }
}
