namespace KnowledgeGraph.GraphQL.DataLoader;

/// <summary>A DataLoader as the registry sees it: something that may hold queued keys to dispatch as one batch.</summary>
public interface IBatchLoader
{
    string Name { get; }

    /// <summary>Keys are waiting for the next batch.</summary>
    bool HasQueuedKeys { get; }

    /// <summary>How many keys are waiting for the next batch.</summary>
    int QueuedKeyCount { get; }

    /// <summary>Runs one batch for all queued keys and completes their loads.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
