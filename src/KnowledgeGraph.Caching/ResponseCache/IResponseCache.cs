namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>
/// The GraphQL response cache, independent of the engine: the API looks a request up before executing it and
/// stores the serialized response after. Failures of the backing store never surface: they read as misses.
/// </summary>
public interface IResponseCache
{
    /// <summary>Finds the response for a query at the current graph version; mutations always bypass.</summary>
    ValueTask<ResponseCacheLookup> LookupAsync(ResponseCacheRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the body of a missed lookup for <paramref name="timeToLive"/> (the configured default when null) and
    /// returns it with its ETag; null when the lookup bypassed the cache.
    /// </summary>
    ValueTask<CachedResponse?> StoreAsync(ResponseCacheLookup lookup, ReadOnlyMemory<byte> body, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default);

    /// <summary>Call after every ingest and curation: answers computed before are no longer served.</summary>
    ValueTask<long> BumpGraphVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>The graph version this instance currently serves, or null while it is unknown.</summary>
    ValueTask<long?> GetGraphVersionAsync(CancellationToken cancellationToken = default);
}
