namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>
/// The graph version: a counter that every ingest and curation bumps, so cached answers computed before the
/// change are no longer found.
/// </summary>
public interface IGraphVersionSource
{
    /// <summary>The current version, or null when it cannot be trusted right now (the cache is then bypassed).</summary>
    ValueTask<long?> GetCurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>Moves to a new version and tells the other instances; returns the version now current here.</summary>
    ValueTask<long> BumpAsync(CancellationToken cancellationToken = default);
}
