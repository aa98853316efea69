using KnowledgeGraph.Caching.Resilience;
using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;
using KnowledgeGraph.Caching.Tests.ResponseCache;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Caching.Tests.Resilience;

/// <summary>The API keeps answering without Redis; these tests stop or pause their own server.</summary>
public class CacheBypassTests
{
    private static readonly CacheResilienceOptions QuickBreaker = new()
    {
        OperationTimeout = TimeSpan.FromMilliseconds(300),
        MinimumThroughput = 2,
        FailureRatio = 0.5,
        SamplingDuration = TimeSpan.FromSeconds(30),
        BreakDuration = TimeSpan.FromMilliseconds(500),
    };

    [RedisFact]
    public async Task With_Redis_stopped_the_circuit_opens_lookups_miss_writes_drop_and_all_recovers_after_restart()
    {
        await using var server = await RedisServer.StartAsync();
        await using var api = await ApiInstance.StartAsync(server, ApiInstance.IsolatedOptions(TimeSpan.FromHours(1)), QuickBreaker);
        var request = DashboardQueries.Trace("""{"region":"唐山高新技术产业开发区"}""");
        var answer = DashboardQueries.Answer("唐山高新技术产业开发区", 17);
        await CacheAsync(api, request, answer);
        Assert.Equal(HealthStatus.Healthy, api.Health.Current.Status);
        var versionBefore = await api.Cache.GetGraphVersionAsync();

        await server.StopAsync();

        // Every lookup during the outage is an ordinary miss, never an exception.
        await Eventually.TrueAsync(
            async () => (await api.Cache.LookupAsync(request)).Hit is null && api.Circuit.State == CacheCircuitState.Open,
            "the circuit opens after the failures");
        Assert.Equal(HealthStatus.Degraded, api.Health.Current.Status);
        Assert.NotNull(api.Health.Current.Error);
        var dropped = await api.Cache.StoreAsync(await api.Cache.LookupAsync(request), answer);
        Assert.NotNull(dropped); // the API still gets its ETag; only the write is lost
        Assert.Null((await api.Cache.LookupAsync(request)).Hit);

        // An ingest during the outage cannot reach the counter: the cache stays bypassed until it can.
        await api.Cache.BumpGraphVersionAsync();
        Assert.Null(await api.Cache.GetGraphVersionAsync());
        Assert.False((await api.Cache.LookupAsync(request)).IsCacheable);

        await server.StartAsync();

        await CacheAsync(api, request, answer);
        Assert.Equal(CacheCircuitState.Closed, api.Circuit.State);
        Assert.Equal(HealthStatus.Healthy, api.Health.Current.Status);
        Assert.True(await api.Cache.GetGraphVersionAsync() > versionBefore); // the postponed bump was delivered
    }

    [RedisFact]
    public async Task A_slow_Redis_is_bypassed_after_the_operation_timeout()
    {
        await using var server = await RedisServer.StartAsync();
        await using var admin = Clients.Client(server);
        await using var api = await ApiInstance.StartAsync(server, ApiInstance.IsolatedOptions(TimeSpan.FromHours(1)), QuickBreaker);
        var request = DashboardQueries.Trace("""{"region":"富蕴县"}""");
        await CacheAsync(api, request, DashboardQueries.Answer("富蕴县", 6));

        // CLIENT PAUSE holds every client's commands for a while (the pausing client's too, so no UNPAUSE):
        // Redis is up but does not answer.
        await admin.ExecuteAsync(RedisRequest.Create("CLIENT", "PAUSE", 5_000, "ALL"));
        var lookup = await api.Cache.LookupAsync(request);
        Assert.True(lookup.IsCacheable);
        Assert.Null(lookup.Hit); // the entry exists, but waiting for it would hold the request up

        await Eventually.TrueAsync(async () => (await api.Cache.LookupAsync(request)).Hit is not null, "answers come from the cache again");
    }

    /// <summary>
    /// Stores an answer and waits until it is served. The operation timeout is short on purpose, so on a busy
    /// machine the first calls (connecting, JIT) may be bypassed; the guard keeps trying.
    /// </summary>
    private static Task CacheAsync(ApiInstance api, Caching.ResponseCache.ResponseCacheRequest request, byte[] answer) =>
        Eventually.TrueAsync(
            async () =>
            {
                var lookup = await api.Cache.LookupAsync(request);
                if (lookup.Hit is not null)
                {
                    return true;
                }

                if (lookup.IsCacheable)
                {
                    await api.Cache.StoreAsync(lookup, answer);
                }

                return false;
            },
            "the answer is cached and served");

    [RedisFact]
    public async Task Before_the_first_call_an_unreachable_Redis_is_reported_only_once_it_has_failed()
    {
        var port = RedisServer.FreePort(); // nothing listens here
        var options = RedisOptions.Parse($"127.0.0.1:{port},connectTimeout=1000");
        await using var client = new RedisClient(options);
        var circuit = new CacheCircuitBreaker(QuickBreaker);
        var health = new RedisCacheHealth(client, circuit);
        Assert.Equal(HealthStatus.Healthy, health.Current.Status);

        var value = await circuit.ExecuteAsync(async ct => await client.GetAsync("kg:any", ct), null, CancellationToken.None);

        Assert.Null(value);
        Assert.Equal(HealthStatus.Degraded, health.Current.Status);
        Assert.IsType<RedisConnectionException>(health.Current.Error);
    }
}
