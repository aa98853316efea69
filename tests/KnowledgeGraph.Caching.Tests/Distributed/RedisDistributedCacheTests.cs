using System.Text;
using KnowledgeGraph.Caching.Distributed;
using KnowledgeGraph.Caching.Resilience;
using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;

namespace KnowledgeGraph.Caching.Tests.Distributed;

/// <summary>
/// Expiration as Microsoft.Extensions.Caching defines it, checked through the TTL Redis reports. The cache's clock
/// is moved by hand; Redis's own clock is "moved" by shortening a key's TTL, as elapsed time would.
/// </summary>
public sealed class RedisDistributedCacheTests(SharedRedisServer redis) : IClassFixture<SharedRedisServer>, IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2024, 3, 31, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly string _prefix = Clients.UniqueKey("dc") + ":";
    private RedisClient _client = null!;
    private RedisDistributedCache _cache = null!;

    public Task InitializeAsync()
    {
        _client = Clients.Client(redis.Server);
        _cache = new RedisDistributedCache(_client, new CacheCircuitBreaker(new CacheResilienceOptions { OperationTimeout = TimeSpan.FromSeconds(10) }), new RedisDistributedCacheOptions { KeyPrefix = _prefix }, _clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _client.DisposeAsync();

    [RedisFact]
    public async Task Values_round_trip_and_can_be_removed()
    {
        var report = Encoding.UTF8.GetBytes("2023年，我县深入推进法治政府建设。");

        await _cache.SetAsync("report", report, new DistributedCacheEntryOptions());
        Assert.Equal(report, await _cache.GetAsync("report"));
        Assert.Equal(-1, await PttlAsync("report")); // no expiration asked for: none set

        await _cache.RemoveAsync("report");
        Assert.Null(await _cache.GetAsync("report"));
    }

    [RedisFact]
    public void The_synchronous_members_work_too()
    {
        _cache.Set("sync", [1, 2, 3], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) });
        Assert.Equal([1, 2, 3], _cache.Get("sync"));
        _cache.Refresh("sync");
        _cache.Remove("sync");
        Assert.Null(_cache.Get("sync"));
    }

    [RedisFact]
    public async Task The_TTL_is_the_nearer_of_absolute_and_sliding_expiration()
    {
        await _cache.SetAsync("absolute", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });
        Assert.InRange(await PttlAsync("absolute"), 1, 600_000);

        await _cache.SetAsync("fixed", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = _clock.GetUtcNow().AddSeconds(20) });
        Assert.InRange(await PttlAsync("fixed"), 1, 20_000);

        await _cache.SetAsync("both", [1], new DistributedCacheEntryOptions
        {
            SlidingExpiration = TimeSpan.FromSeconds(30),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(10),
        });
        Assert.InRange(await PttlAsync("both"), 1, 10_000);
    }

    [RedisFact]
    public async Task An_absolute_expiration_in_the_past_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _cache.SetAsync(
            "past", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = _clock.GetUtcNow().AddSeconds(-1) }));
        Assert.Contains("must be in the future", error.Message, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task Reading_or_refreshing_slides_the_expiration()
    {
        await _cache.SetAsync("sliding", [7], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(30) });

        await ShortenTtlAsync("sliding", 1000);
        Assert.Equal([7], await _cache.GetAsync("sliding"));
        Assert.InRange(await PttlAsync("sliding"), 1001, 30_000);

        await ShortenTtlAsync("sliding", 1000);
        await _cache.RefreshAsync("sliding");
        Assert.InRange(await PttlAsync("sliding"), 1001, 30_000);
    }

    [RedisFact]
    public async Task Sliding_never_extends_past_the_absolute_expiration()
    {
        await _cache.SetAsync("capped", [1], new DistributedCacheEntryOptions
        {
            SlidingExpiration = TimeSpan.FromSeconds(30),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(60),
        });

        _clock.Advance(TimeSpan.FromSeconds(45));
        await _cache.RefreshAsync("capped");
        Assert.InRange(await PttlAsync("capped"), 1, 15_000);

        _clock.Advance(TimeSpan.FromSeconds(16));
        Assert.Null(await _cache.GetAsync("capped")); // past its absolute expiration, even if Redis still holds it
    }

    [RedisFact]
    public async Task Entries_disappear_from_Redis_when_they_expire()
    {
        await _cache.SetAsync("short", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(50) });

        await Eventually.TrueAsync(async () => await _client.GetAsync(_prefix + "short") is null, "Redis expires the key");
        Assert.Null(await _cache.GetAsync("short"));
    }

    [RedisFact]
    public async Task Bytes_not_written_by_the_cache_read_as_a_miss()
    {
        await _client.SetAsync(_prefix + "foreign", "plain text"u8.ToArray());
        Assert.Null(await _cache.GetAsync("foreign"));
    }

    private async Task<long> PttlAsync(string key) =>
        (await _client.ExecuteAsync(RedisRequest.Create("PTTL", _prefix + key))).AsInt64();

    private Task ShortenTtlAsync(string key, long milliseconds) =>
        _client.ExecuteAsync(RedisRequest.Create("PEXPIRE", _prefix + key, milliseconds));
}
