namespace KnowledgeGraph.Caching.ResponseCache;

public sealed class ResponseCacheOptions
{
    /// <summary>Lifetime of an entry when the caller gives none.</summary>
    public TimeSpan DefaultTimeToLive { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Prefix of response-cache keys within the distributed cache.</summary>
    public string KeyPrefix { get; set; } = "rc:";

    /// <summary>Redis key of the graph version counter.</summary>
    public string GraphVersionKey { get; set; } = "kg:graph-version";

    /// <summary>Pub/sub channel on which bumps are announced to the other API instances.</summary>
    public string GraphVersionChannel { get; set; } = "kg:graph-version";

    /// <summary>
    /// Safety net under pub/sub (messages are lost while a subscriber reconnects): the counter is re-read when
    /// the local copy is older than this.
    /// </summary>
    public TimeSpan GraphVersionRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
