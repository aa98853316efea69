namespace KnowledgeGraph.Caching.Resilience;

/// <summary>What the readiness probe reads: is the cache working, or is the API running without it?</summary>
public interface ICacheHealth
{
    CacheHealthReport Current { get; }
}
