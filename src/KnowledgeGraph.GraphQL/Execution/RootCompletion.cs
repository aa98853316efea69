namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Turns the operation's pending root (or one pending mutation field) into a task the request can await.</summary>
internal sealed class RootCompletion : IDeferredConsumer
{
    // Continuations run inline where the value completes (inside a DataLoader dispatch), as an awaited async method's would.
    private readonly TaskCompletionSource<object?> _completion = new();

    private RootCompletion()
    {
    }

    /// <summary>The pending value as a task; it faults with the value's failure (e.g. a <see cref="NullPropagation"/>).</summary>
    public static Task<object?> Await(Deferred pending)
    {
        var consumer = new RootCompletion();
        pending.Subscribe(consumer, 0);
        return consumer._completion.Task;
    }

    void IDeferredConsumer.OnCompleted(int slot, object? value, Exception? error)
    {
        if (error is null) _completion.TrySetResult(value);
        else _completion.TrySetException(error);
    }
}
