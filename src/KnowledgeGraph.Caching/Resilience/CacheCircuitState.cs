namespace KnowledgeGraph.Caching.Resilience;

/// <summary>Where the cache's circuit breaker stands.</summary>
public enum CacheCircuitState
{
    /// <summary>Redis answers; calls go through.</summary>
    Closed,

    /// <summary>Redis failed too often; calls are skipped until the break ends.</summary>
    Open,

    /// <summary>The break is over; a trial call decides between Closed and Open.</summary>
    HalfOpen,
}
