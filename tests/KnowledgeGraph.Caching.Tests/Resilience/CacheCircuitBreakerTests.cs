using KnowledgeGraph.Caching.Resilience;
using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;

namespace KnowledgeGraph.Caching.Tests.Resilience;

/// <summary>The breaker's states on a hand-moved clock: closed → open on the failure ratio → one trial → closed or open.</summary>
public class CacheCircuitBreakerTests
{
    private static readonly CacheResilienceOptions Options = new()
    {
        OperationTimeout = TimeSpan.FromSeconds(5),
        FailureRatio = 0.5,
        MinimumThroughput = 4,
        SamplingDuration = TimeSpan.FromSeconds(10),
        BreakDuration = TimeSpan.FromSeconds(5),
    };

    private readonly ManualTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-22T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Failures_below_the_minimum_throughput_or_the_ratio_keep_it_closed()
    {
        var breaker = new CacheCircuitBreaker(Options, _clock);
        Assert.Equal("fallback", await breaker.ExecuteAsync(_ => Fail(), "fallback", CancellationToken.None));
        Assert.Equal("fallback", await breaker.ExecuteAsync(_ => Fail(), "fallback", CancellationToken.None));
        Assert.Equal(CacheCircuitState.Closed, breaker.State); // 2 calls: below the minimum of 4
        Assert.NotNull(breaker.LastError);

        for (var i = 0; i < 4; i++) Assert.Equal("redis", await breaker.ExecuteAsync(_ => Succeed(), "fallback", CancellationToken.None));
        Assert.Null(breaker.LastError);
        Assert.Equal("fallback", await breaker.ExecuteAsync(_ => Fail(), "fallback", CancellationToken.None));
        Assert.Equal(CacheCircuitState.Closed, breaker.State); // 3 failures of 7 calls: under 50%...
        Assert.Equal("fallback", await breaker.ExecuteAsync(_ => Fail(), "fallback", CancellationToken.None));
        Assert.Equal(CacheCircuitState.Open, breaker.State); // ...4 of 8 reaches it
    }

    [Fact]
    public async Task Failures_older_than_the_sampling_window_do_not_count()
    {
        var breaker = new CacheCircuitBreaker(Options, _clock);
        for (var i = 0; i < 3; i++) await breaker.ExecuteAsync(_ => Fail(), "fallback", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(11));
        await breaker.ExecuteAsync(_ => Fail(), "fallback", CancellationToken.None);
        Assert.Equal(CacheCircuitState.Closed, breaker.State);
    }

    [Fact]
    public async Task An_open_circuit_skips_calls_until_the_break_ends_then_one_trial_decides()
    {
        var breaker = new CacheCircuitBreaker(Options, _clock);
        for (var i = 0; i < 4; i++) await breaker.ExecuteAsync(_ => Fail(), "fallback", CancellationToken.None);
        Assert.Equal(CacheCircuitState.Open, breaker.State);

        var called = false;
        Assert.Equal("fallback", await breaker.ExecuteAsync(_ => { called = true; return Succeed(); }, "fallback", CancellationToken.None));
        Assert.False(called, "an open circuit does not call Redis");

        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("fallback", await breaker.ExecuteAsync(_ => Fail(), "fallback", CancellationToken.None));
        Assert.Equal(CacheCircuitState.Open, breaker.State); // the trial failed: another break

        _clock.Advance(TimeSpan.FromSeconds(5));
        var trial = new TaskCompletionSource<string>();
        var pending = breaker.ExecuteAsync(_ => new ValueTask<string>(trial.Task), "fallback", CancellationToken.None);
        Assert.Equal(CacheCircuitState.HalfOpen, breaker.State);
        Assert.Equal("fallback", await breaker.ExecuteAsync(_ => Succeed(), "fallback", CancellationToken.None)); // only one trial at a time
        trial.SetResult("redis");
        Assert.Equal("redis", await pending);
        Assert.Equal(CacheCircuitState.Closed, breaker.State);
        Assert.Null(breaker.LastError);
    }

    [Fact]
    public async Task A_call_slower_than_the_operation_timeout_falls_back_and_counts_as_failed()
    {
        var breaker = new CacheCircuitBreaker(new CacheResilienceOptions { OperationTimeout = TimeSpan.FromMilliseconds(50) });
        var result = await breaker.ExecuteAsync(async ct =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return "redis";
        }, "fallback", CancellationToken.None);
        Assert.Equal("fallback", result);
        Assert.IsAssignableFrom<OperationCanceledException>(breaker.LastError);
    }

    [Fact]
    public async Task The_callers_own_cancellation_propagates()
    {
        var breaker = new CacheCircuitBreaker(Options, _clock);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await breaker.ExecuteAsync(ct => ValueTask.FromCanceled<string>(ct), "fallback", cancelled.Token));
        Assert.Null(breaker.LastError);
    }

    private static ValueTask<string> Succeed() => ValueTask.FromResult("redis");

    private static ValueTask<string> Fail() => ValueTask.FromException<string>(new RedisConnectionException("Redis is down."));
}
