using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Caching.Resilience;

/// <summary>
/// The cache's health. Degraded (never Unhealthy) when Redis is unreachable: the API still answers, only slower.
/// </summary>
public sealed record CacheHealthReport(string Backend, HealthStatus Status, string Description, Exception? Error = null);
