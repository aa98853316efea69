using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Caching.Tests.Resilience;

/// <summary>
/// The pub/sub subscription that carries graph-version bumps between instances: while it is down the cache health is
/// Degraded (the readiness probe says so) and the version is re-read on every lookup; once resubscribed, both
/// recover on their own. Each test has its own server, since they kill connections and restart it.
/// </summary>
public class InvalidationFeedHealthTests
{
    private const string FeedUser = "invalidation-feed";
    private const string FeedPassword = "feed-secret";

    [RedisFact]
    public async Task Killing_the_subscriber_degrades_health_until_it_is_subscribed_again()
    {
        await using var server = await RedisServer.StartAsync();
        await using var admin = Clients.Client(server);
        // The subscriber logs in as its own ACL user, so it alone can be kept out while it is down.
        await admin.ExecuteAsync(RedisRequest.Create("ACL", "SETUSER", FeedUser, "on", ">" + FeedPassword, "~*", "&*", "+@all"));
        var options = ApiInstance.IsolatedOptions(TimeSpan.FromHours(1));
        await using var api = await ApiInstance.StartAsync(server, options, subscriberOptions: $",user={FeedUser},password={FeedPassword}");
        await using var other = await ApiInstance.StartAsync(server, options);
        await Eventually.TrueAsync(() => api.Health.Current.Status == HealthStatus.Healthy, "healthy once subscribed");
        var before = await api.Cache.GetGraphVersionAsync();

        await admin.ExecuteAsync(RedisRequest.Create("ACL", "SETUSER", FeedUser, "off"));
        await admin.ExecuteAsync(RedisRequest.Create("CLIENT", "KILL", "USER", FeedUser));

        await Eventually.TrueAsync(() => api.Health.Current.Status == HealthStatus.Degraded, "degraded while the subscriber cannot get back in");
        var degraded = api.Health.Current;
        Assert.Contains("subscribed", degraded.Description, StringComparison.OrdinalIgnoreCase);
        Assert.True(api.Client.IsConnected, "only the subscriber is down; the command connection still works");

        // Without announcements, a bump elsewhere is still seen at once: the counter is read on every lookup meanwhile.
        var bumped = await other.Cache.BumpGraphVersionAsync();
        Assert.True(bumped > before);
        Assert.Equal(bumped, await api.Cache.GetGraphVersionAsync());

        await admin.ExecuteAsync(RedisRequest.Create("ACL", "SETUSER", FeedUser, "on"));
        await Eventually.TrueAsync(() => api.Health.Current.Status == HealthStatus.Healthy, "healthy again once resubscribed");

        // Announcements flow again: the next bump reaches this instance without it asking Redis.
        var next = await other.Cache.BumpGraphVersionAsync();
        await Eventually.TrueAsync(() => api.Versions.LocalVersion == next, "the bump arrives through pub/sub");
    }

    [RedisFact]
    public async Task A_server_restart_degrades_health_until_the_subscription_is_back()
    {
        await using var server = await RedisServer.StartAsync();
        var options = ApiInstance.IsolatedOptions(TimeSpan.FromHours(1));
        await using var api = await ApiInstance.StartAsync(server, options);
        await Eventually.TrueAsync(() => api.Health.Current.Status == HealthStatus.Healthy, "healthy once subscribed");

        await server.StopAsync();
        await Eventually.TrueAsync(() => api.Health.Current.Status == HealthStatus.Degraded, "degraded while Redis is down");

        await server.StartAsync();
        await Eventually.TrueAsync(() => api.Health.Current.Status == HealthStatus.Healthy, "healthy again after the restart");
        Assert.True(api.Subscriber.IsConnected);

        await using var other = await ApiInstance.StartAsync(server, options);
        _ = await api.Cache.GetGraphVersionAsync(); // the restarted server's counter, read once
        var bumped = await other.Cache.BumpGraphVersionAsync();
        await Eventually.TrueAsync(() => api.Versions.LocalVersion == bumped, "announcements reach the instance after the restart");
    }
}
