namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Whoever waits for a <see cref="Deferred"/> value: the object or list slot it fills, or the operation.</summary>
internal interface IDeferredConsumer
{
    /// <summary>The value for <paramref name="slot"/> is ready (<paramref name="error"/> is null) or failed.</summary>
    void OnCompleted(int slot, object? value, Exception? error);
}
