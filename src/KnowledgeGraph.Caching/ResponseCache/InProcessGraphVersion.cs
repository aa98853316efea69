namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>The graph version of a single instance without Redis: a counter in this process.</summary>
public sealed class InProcessGraphVersion : IGraphVersionSource
{
    private long _version;

    public ValueTask<long?> GetCurrentAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<long?>(Interlocked.Read(ref _version));

    public ValueTask<long> BumpAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Interlocked.Increment(ref _version));
}
