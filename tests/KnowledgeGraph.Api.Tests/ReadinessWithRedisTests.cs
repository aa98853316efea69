using System.Text.Json.Nodes;
using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// `/readyz` with the response cache on a real redis-server: the graph-version subscription that carries
/// invalidations between instances is part of readiness — Degraded while it is down, Healthy again once the API has
/// resubscribed on its own.
/// </summary>
public class ReadinessWithRedisTests
{
    private const string ApiUser = "knowledge-graph-api";
    private const string ApiPassword = "api-secret";

    [RedisFact]
    public async Task Readyz_is_degraded_while_the_invalidation_subscriber_is_killed_and_recovers_on_resubscribe()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var admin = new RedisClient(RedisOptions.Parse(redis.Endpoint));
        await admin.ExecuteAsync(RedisRequest.Create("ACL", "SETUSER", ApiUser, "on", ">" + ApiPassword, "~*", "&*", "+@all"));
        await using var api = await LiveApi.StartAsync("--ConnectionStrings:Redis", $"{redis.Endpoint},user={ApiUser},password={ApiPassword}");
        using var http = new HttpClient { BaseAddress = api.Address };
        await Eventually.TrueAsync(async () => await CacheStatusAsync(http) == "Healthy", "ready with the subscription up");

        // Disabling the user keeps live connections; the killed subscriber alone cannot log in again.
        await admin.ExecuteAsync(RedisRequest.Create("ACL", "SETUSER", ApiUser, "off"));
        await admin.ExecuteAsync(RedisRequest.Create("CLIENT", "KILL", "TYPE", "pubsub"));
        await Eventually.TrueAsync(async () => await CacheStatusAsync(http) == "Degraded", "degraded while not subscribed");
        var degraded = await ReadyzAsync(http);
        Assert.Equal("Degraded", degraded["status"]!.GetValue<string>());
        Assert.Contains("subscribed", degraded["cache"]!["description"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);

        await admin.ExecuteAsync(RedisRequest.Create("ACL", "SETUSER", ApiUser, "on"));
        await Eventually.TrueAsync(async () => await CacheStatusAsync(http) == "Healthy", "healthy again once resubscribed, with no request needed");
    }

    [RedisFact]
    public async Task Readyz_is_degraded_while_redis_restarts_and_healthy_once_resubscribed()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var api = await LiveApi.StartAsync("--ConnectionStrings:Redis", redis.Endpoint);
        using var http = new HttpClient { BaseAddress = api.Address };
        await Eventually.TrueAsync(async () => await CacheStatusAsync(http) == "Healthy", "ready with Redis up");

        await redis.StopAsync();
        await Eventually.TrueAsync(async () => await CacheStatusAsync(http) == "Degraded", "degraded while Redis is down");
        using (var stillReady = await http.GetAsync("/readyz"))
        {
            Assert.Equal(200, (int)stillReady.StatusCode); // degraded is still ready: the API answers without the cache
        }

        await redis.StartAsync();
        await Eventually.TrueAsync(async () => await CacheStatusAsync(http) == "Healthy", "healthy after the restart");
        await using var publisher = new RedisClient(RedisOptions.Parse(redis.Endpoint));
        Assert.Equal(1, await publisher.PublishAsync("kg:graph-version", "1"u8.ToArray())); // the API listens again
    }

    private static async Task<string?> CacheStatusAsync(HttpClient http) => (await ReadyzAsync(http))["cache"]?["status"]?.GetValue<string>();

    private static async Task<JsonNode> ReadyzAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/readyz");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
