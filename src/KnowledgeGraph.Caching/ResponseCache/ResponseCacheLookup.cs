namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>
/// The outcome of a lookup. A miss is stored back through the same lookup so the entry is filed under the graph
/// version seen before the query ran: if an ingest lands meanwhile, the result cannot pose as the newer version.
/// </summary>
public sealed class ResponseCacheLookup
{
    internal ResponseCacheLookup(string? key, long graphVersion, CachedResponse? hit)
    {
        Key = key;
        GraphVersion = graphVersion;
        Hit = hit;
    }

    /// <summary>Lookups for mutations, or while the graph version is unknown, bypass the cache entirely.</summary>
    public static ResponseCacheLookup Bypass { get; } = new(null, -1, null);

    public bool IsCacheable => Key is not null;

    public CachedResponse? Hit { get; }

    public long GraphVersion { get; }

    internal string? Key { get; }
}
