using KnowledgeGraph.Caching.Distributed;
using KnowledgeGraph.Caching.Resilience;
using KnowledgeGraph.Caching.ResponseCache;
using KnowledgeGraph.Caching.Resp;

namespace KnowledgeGraph.Caching.Tests.Infrastructure;

/// <summary>
/// The caching stack of one API instance against a Redis server: its own connections, circuit, graph version
/// and response cache, composed as AddKnowledgeGraphCaching composes them.
/// </summary>
public sealed class ApiInstance : IAsyncDisposable
{
    private ApiInstance(RedisServer server, ResponseCacheOptions options, CacheResilienceOptions resilience, TimeProvider? clock, string subscriberOptions)
    {
        Client = Clients.Client(server);
        Subscriber = Clients.Subscriber(server, subscriberOptions);
        Circuit = new CacheCircuitBreaker(resilience);
        Versions = new RedisGraphVersion(Client, Subscriber, Circuit, options, clock);
        Cache = new DistributedResponseCache(new RedisDistributedCache(Client, Circuit), Versions, options);
        Health = new RedisCacheHealth(Client, Circuit, Versions);
    }

    public RedisClient Client { get; }

    public RedisSubscriber Subscriber { get; }

    public CacheCircuitBreaker Circuit { get; }

    public RedisGraphVersion Versions { get; }

    public DistributedResponseCache Cache { get; }

    public RedisCacheHealth Health { get; }

    /// <param name="subscriberOptions">Extra connection-string options for the subscriber alone (e.g. its own ACL user).</param>
    public static async Task<ApiInstance> StartAsync(
        RedisServer server, ResponseCacheOptions options, CacheResilienceOptions? resilience = null, TimeProvider? clock = null, string subscriberOptions = "")
    {
        var instance = new ApiInstance(server, options, resilience ?? new CacheResilienceOptions { OperationTimeout = TimeSpan.FromSeconds(10) }, clock, subscriberOptions);
        await instance.Versions.StartAsync(CancellationToken.None);
        return instance;
    }

    /// <summary>Options with a unique counter and channel, so tests sharing a server do not see each other's bumps.</summary>
    public static ResponseCacheOptions IsolatedOptions(TimeSpan refreshInterval)
    {
        var name = Clients.UniqueKey("graph-version");
        return new ResponseCacheOptions
        {
            GraphVersionKey = name,
            GraphVersionChannel = name,
            KeyPrefix = name + ":rc:",
            GraphVersionRefreshInterval = refreshInterval,
        };
    }

    public async ValueTask DisposeAsync()
    {
        await Versions.DisposeAsync();
        await Subscriber.DisposeAsync();
        await Client.DisposeAsync();
    }
}
