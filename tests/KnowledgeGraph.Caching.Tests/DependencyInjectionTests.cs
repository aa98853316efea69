using KnowledgeGraph.Caching.Distributed;
using KnowledgeGraph.Caching.ResponseCache;
using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;
using KnowledgeGraph.Caching.Tests.ResponseCache;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Caching.Tests;

public class DependencyInjectionTests(SharedRedisServer redis) : IClassFixture<SharedRedisServer>
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddKnowledgeGraphCaching(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task Without_a_Redis_connection_string_everything_runs_in_process()
    {
        await using var services = Build(new() { ["Caching:ResponseCache:DefaultTimeToLive"] = "00:02:00" });

        Assert.IsType<MemoryDistributedCache>(services.GetRequiredService<IDistributedCache>());
        Assert.IsType<InProcessGraphVersion>(services.GetRequiredService<IGraphVersionSource>());
        Assert.Null(services.GetService<IRedisClient>());
        Assert.Equal(TimeSpan.FromMinutes(2), services.GetRequiredService<ResponseCacheOptions>().DefaultTimeToLive);

        var cache = services.GetRequiredService<IResponseCache>();
        var request = DashboardQueries.Trace("""{"region":"岳阳县"}""");
        await cache.StoreAsync(await cache.LookupAsync(request), DashboardQueries.Answer("岳阳县", 1));
        Assert.NotNull((await cache.LookupAsync(request)).Hit);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"));
        Assert.Equal(HealthStatus.Healthy, report.Entries["cache"].Status);
        Assert.Equal("in-memory", report.Entries["cache"].Data["backend"]);
    }

    [RedisFact]
    public async Task With_a_Redis_connection_string_the_caches_run_on_Redis()
    {
        await using var services = Build(new()
        {
            ["ConnectionStrings:Redis"] = $"{redis.Server.Endpoint},defaultDatabase=5",
            ["Caching:Resilience:OperationTimeout"] = "00:00:05",
        });
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.IsType<RedisDistributedCache>(services.GetRequiredService<IDistributedCache>());
        Assert.IsType<RedisGraphVersion>(services.GetRequiredService<IGraphVersionSource>());
        var client = services.GetRequiredService<IRedisClient>();

        var distributed = services.GetRequiredService<IDistributedCache>();
        await distributed.SetStringAsync("di-check", "唐山高新区");
        Assert.Equal("唐山高新区", await distributed.GetStringAsync("di-check"));
        Assert.NotNull(await client.GetAsync("kg:dc:di-check")); // in database 5, under the default prefix

        var cache = services.GetRequiredService<IResponseCache>();
        Assert.NotNull(await cache.GetGraphVersionAsync());
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"));
        Assert.Equal(HealthStatus.Healthy, report.Entries["cache"].Status);
        Assert.Equal("redis", report.Entries["cache"].Data["backend"]);
    }
}
