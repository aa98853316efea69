using KnowledgeGraph.Caching.Resp;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Caching.Resilience;

/// <summary>
/// Healthy while connected with the circuit closed and subscribed to invalidations; Degraded while the cache is being
/// bypassed, or while the invalidation subscription is down (answers may then lag other instances' changes until the
/// counter is re-read).
/// </summary>
public sealed class RedisCacheHealth : ICacheHealth
{
    private readonly IRedisClient _client;
    private readonly CacheCircuitBreaker _circuit;
    private readonly IInvalidationFeed? _invalidations;
    private int _everConnected;

    public RedisCacheHealth(IRedisClient client, CacheCircuitBreaker circuit, IInvalidationFeed? invalidations = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(circuit);
        _client = client;
        _circuit = circuit;
        _invalidations = invalidations;
        _everConnected = client.IsConnected ? 1 : 0;
        client.Connected += (_, _) => Volatile.Write(ref _everConnected, 1);
    }

    public CacheHealthReport Current
    {
        get
        {
            var state = _circuit.State;
            if (state != CacheCircuitState.Closed)
            {
                return Degraded($"Redis circuit {state}: requests bypass the cache.");
            }

            // The client connects on first use; before that there is nothing to hold against it.
            var usable = _client.IsConnected || (Volatile.Read(ref _everConnected) == 0 && _circuit.LastError is null);
            if (!usable)
            {
                return Degraded("Redis is not connected; requests bypass the cache while it reconnects.");
            }

            if (_invalidations is not null && !_invalidations.CheckSubscribed())
            {
                return Degraded("Not subscribed to graph-version announcements (resubscribing): the version is re-read from Redis on every request meanwhile.");
            }

            return _client.IsConnected
                ? new CacheHealthReport("redis", HealthStatus.Healthy, $"Connected ({_client.Protocol}).")
                : new CacheHealthReport("redis", HealthStatus.Healthy, "Not connected yet; connects on first use.");
        }
    }

    private CacheHealthReport Degraded(string description) =>
        new("redis", HealthStatus.Degraded, description, _circuit.LastError);
}
