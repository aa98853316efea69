using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Caching.Resilience;

/// <summary>The cache's entry in <c>/readyz</c>, registered with the tag "ready".</summary>
public sealed class CacheHealthCheck(ICacheHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = health.Current;
        var data = new Dictionary<string, object> { ["backend"] = report.Backend };
        return Task.FromResult(new HealthCheckResult(report.Status, report.Description, report.Error, data));
    }
}
