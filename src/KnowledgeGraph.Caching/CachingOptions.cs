using KnowledgeGraph.Caching.Distributed;
using KnowledgeGraph.Caching.Resilience;
using KnowledgeGraph.Caching.ResponseCache;

namespace KnowledgeGraph.Caching;

/// <summary>The <c>Caching</c> configuration section; Redis itself is <c>ConnectionStrings:Redis</c>.</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    public ResponseCacheOptions ResponseCache { get; set; } = new();

    public CacheResilienceOptions Resilience { get; set; } = new();

    public RedisDistributedCacheOptions Distributed { get; set; } = new();
}
