using KnowledgeGraph.Caching.Resp;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Caching.Resilience;

/// <summary>Healthy while connected with the circuit closed; Degraded while the cache is being bypassed.</summary>
public sealed class RedisCacheHealth : ICacheHealth
{
    private readonly IRedisClient _client;
    private readonly CacheCircuitBreaker _circuit;
    private int _everConnected;

    public RedisCacheHealth(IRedisClient client, CacheCircuitBreaker circuit)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _circuit = circuit;
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

            if (_client.IsConnected)
            {
                return new CacheHealthReport("redis", HealthStatus.Healthy, $"Connected ({_client.Protocol}).");
            }

            // The client connects on first use; before that there is nothing to hold against it.
            return Volatile.Read(ref _everConnected) == 0 && _circuit.LastError is null
                ? new CacheHealthReport("redis", HealthStatus.Healthy, "Not connected yet; connects on first use.")
                : Degraded("Redis is not connected; requests bypass the cache while it reconnects.");
        }
    }

    private CacheHealthReport Degraded(string description) =>
        new("redis", HealthStatus.Degraded, description, _circuit.LastError);
}
