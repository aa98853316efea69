using KnowledgeGraph.Caching.Tests.Infrastructure;

namespace KnowledgeGraph.Caching.Tests.ResponseCache;

/// <summary>Two API instances sharing one Redis, each with its own connections.</summary>
public class RedisResponseCacheTests(SharedRedisServer redis) : IClassFixture<SharedRedisServer>
{
    private static readonly TimeSpan NoSafetyNet = TimeSpan.FromHours(1);

    [RedisFact]
    public async Task An_answer_stored_by_one_instance_is_served_by_the_other()
    {
        var options = ApiInstance.IsolatedOptions(NoSafetyNet);
        await using var first = await ApiInstance.StartAsync(redis.Server, options);
        await using var second = await ApiInstance.StartAsync(redis.Server, options);
        var request = DashboardQueries.Trace("""{"region":"岳阳县","matter":"行政许可"}""");
        var answer = DashboardQueries.Answer("岳阳县", 21);

        var stored = await first.Cache.StoreAsync(await first.Cache.LookupAsync(request), answer);

        var hit = (await second.Cache.LookupAsync(request)).Hit;
        Assert.NotNull(hit);
        Assert.Equal(answer, hit.Body.ToArray());
        Assert.Equal(stored!.ETag, hit.ETag);
    }

    [RedisFact]
    public async Task A_bump_on_one_instance_reaches_the_other_through_pub_sub_and_hides_old_answers()
    {
        var options = ApiInstance.IsolatedOptions(NoSafetyNet); // the counter is never re-read: only pub/sub can tell
        await using var ingesting = await ApiInstance.StartAsync(redis.Server, options);
        await using var serving = await ApiInstance.StartAsync(redis.Server, options);
        var request = DashboardQueries.Trace("""{"region":"高邑县"}""");
        await serving.Cache.StoreAsync(await serving.Cache.LookupAsync(request), DashboardQueries.Answer("高邑县", 4));
        var before = await serving.Cache.GetGraphVersionAsync();
        Assert.NotNull((await serving.Cache.LookupAsync(request)).Hit);

        var bumped = await ingesting.Cache.BumpGraphVersionAsync(); // a report was loaded

        Assert.Equal(before + 1, bumped);
        await Eventually.TrueAsync(() => serving.Versions.LocalVersion == bumped, "the serving instance hears of the bump");
        var lookup = await serving.Cache.LookupAsync(request);
        Assert.Null(lookup.Hit);
        Assert.Equal(bumped, lookup.GraphVersion);
    }

    [RedisFact]
    public async Task A_bump_whose_announcement_was_lost_is_found_by_re_reading_the_counter()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var options = ApiInstance.IsolatedOptions(TimeSpan.FromSeconds(5));
        await using var serving = await ApiInstance.StartAsync(redis.Server, options, clock: clock);
        var before = (await serving.Cache.GetGraphVersionAsync())!.Value;

        // Someone bumps the counter without announcing it (as if the message fell into a reconnect gap).
        var bumped = await serving.Client.IncrAsync(options.GraphVersionKey);
        Assert.Equal(before, await serving.Cache.GetGraphVersionAsync()); // still within the refresh interval

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(bumped, await serving.Cache.GetGraphVersionAsync());
    }

    [RedisFact]
    public async Task A_missing_counter_starts_from_the_current_time_so_versions_never_repeat_after_a_Redis_restart()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 2, 20, 8, 0, 0, TimeSpan.Zero));
        var options = ApiInstance.IsolatedOptions(NoSafetyNet);
        await using var instance = await ApiInstance.StartAsync(redis.Server, options, clock: clock);

        Assert.Equal(clock.GetUtcNow().ToUnixTimeMilliseconds(), await instance.Cache.GetGraphVersionAsync());

        await instance.Client.DelAsync([options.GraphVersionKey]); // what a restart without persistence does
        clock.Advance(TimeSpan.FromMinutes(1));
        var bumped = await instance.Cache.BumpGraphVersionAsync();

        Assert.Equal(clock.GetUtcNow().ToUnixTimeMilliseconds() + 1, bumped);
    }

    [RedisFact]
    public async Task Each_entry_lives_for_its_own_time_to_live()
    {
        var options = ApiInstance.IsolatedOptions(NoSafetyNet);
        await using var instance = await ApiInstance.StartAsync(redis.Server, options);
        var lookup = await instance.Cache.LookupAsync(DashboardQueries.Trace("""{"region":"平鲁区"}"""));

        await instance.Cache.StoreAsync(lookup, DashboardQueries.Answer("平鲁区", 2), TimeSpan.FromSeconds(42));

        var ttl = (await instance.Client.ExecuteAsync(Caching.Resp.RedisRequest.Create("PTTL", "kg:dc:" + lookup.Key!))).AsInt64();
        Assert.InRange(ttl, 1, 42_000);
    }
}
