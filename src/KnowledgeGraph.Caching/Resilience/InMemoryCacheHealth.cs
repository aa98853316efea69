using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Caching.Resilience;

/// <summary>The in-process cache has no remote part that could fail.</summary>
public sealed class InMemoryCacheHealth : ICacheHealth
{
    public CacheHealthReport Current { get; } = new("in-memory", HealthStatus.Healthy, "In-process cache (no Redis configured).");
}
