using System.Text.Json;
using KnowledgeGraph.Caching.Resilience;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Health;

/// <summary>
/// `/healthz`: the process answers. `/readyz`: the store answers a read (503 when not) and the cache's state
/// (Degraded — still 200 — when Redis is down: the API keeps answering without it).
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Json(new { status = "alive" }));
        endpoints.MapGet("/readyz", async (IGraphStore store, ICacheHealth cache, CancellationToken ct) =>
        {
            StoreHealth storeHealth;
            try
            {
                storeHealth = await store.CheckHealthAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                storeHealth = new StoreHealth(false, store.Backend, TimeSpan.Zero, -1, e.Message);
            }
            var cacheReport = cache.Current;
            var status = !storeHealth.Healthy ? HealthStatus.Unhealthy
                : cacheReport.Status != HealthStatus.Healthy ? HealthStatus.Degraded
                : HealthStatus.Healthy;
            var body = new
            {
                status = status.ToString(),
                store = new { healthy = storeHealth.Healthy, backend = storeHealth.Backend, latencyMs = storeHealth.Latency.TotalMilliseconds, graphVersion = storeHealth.GraphVersion, detail = storeHealth.Detail },
                cache = new { status = cacheReport.Status.ToString(), backend = cacheReport.Backend, description = cacheReport.Description },
            };
            return Results.Json(body, JsonSerializerOptions.Web, statusCode: status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        });
    }
}
