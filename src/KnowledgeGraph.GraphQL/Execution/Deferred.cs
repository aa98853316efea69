namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// A completed value that is not ready yet: a field whose resolver returned an unfinished task, or an object or list
/// with such a field below it. It has exactly one consumer (the object or list slot it fills), so instead of a task
/// and an async state machine per waiting field, completion calls that consumer back directly. A deferred value
/// either completes with a value or fails with the exception the consumer must handle (a
/// <see cref="NullPropagation"/> for objects and lists).
/// </summary>
internal abstract class Deferred
{
    private const int Pending = 0;
    private const int Completed = 1;
    private const int Subscribed = 2;

    private IDeferredConsumer? _consumer;
    private int _slot;
    private object? _value;
    private Exception? _error;
    private int _state;

    /// <summary>Registers the one consumer; called back at once when the value is already there.</summary>
    public void Subscribe(IDeferredConsumer consumer, int slot)
    {
        _consumer = consumer;
        _slot = slot;
        // Completion may race with subscription when a resolver finishes on another thread.
        if (Interlocked.CompareExchange(ref _state, Subscribed, Pending) == Completed) consumer.OnCompleted(slot, _value, _error);
    }

    protected void Complete(object? value, Exception? error)
    {
        _value = value;
        _error = error;
        if (Interlocked.Exchange(ref _state, Completed) == Subscribed) _consumer!.OnCompleted(_slot, value, error);
    }
}
