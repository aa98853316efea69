namespace KnowledgeGraph.Caching.Distributed;

public sealed class RedisDistributedCacheOptions
{
    /// <summary>Prepended to every key so several applications can share one Redis database.</summary>
    public string KeyPrefix { get; set; } = "kg:dc:";
}
