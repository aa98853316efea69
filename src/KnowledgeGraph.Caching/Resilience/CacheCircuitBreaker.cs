using KnowledgeGraph.Caching.Resp;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgeGraph.Caching.Resilience;

/// <summary>
/// Guards every Redis call the caches make: each call is bounded by the operation timeout, and after repeated
/// failures the circuit opens so calls return the fallback at once (a cache miss, a dropped write) instead of
/// waiting on a dead server. After the break a trial call closes the circuit again when Redis is back.
/// </summary>
public sealed class CacheCircuitBreaker
{
    private readonly ResiliencePipeline _pipeline;
    private int _state = (int)CacheCircuitState.Closed;
    private Exception? _lastError;

    public CacheCircuitBreaker(CacheResilienceOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider ?? TimeProvider.System };
        _pipeline = builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = Math.Max(2, options.MinimumThroughput),
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<RedisException>().Handle<TimeoutRejectedException>(),
                OnOpened = args =>
                {
                    Volatile.Write(ref _state, (int)CacheCircuitState.Open);
                    return ValueTask.CompletedTask;
                },
                OnHalfOpened = _ =>
                {
                    Volatile.Write(ref _state, (int)CacheCircuitState.HalfOpen);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    Volatile.Write(ref _state, (int)CacheCircuitState.Closed);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.OperationTimeout)
            .Build();
    }

    public CacheCircuitState State => (CacheCircuitState)Volatile.Read(ref _state);

    /// <summary>The last failure seen, for health reports; null once a call has succeeded since.</summary>
    public Exception? LastError => Volatile.Read(ref _lastError);

    /// <summary>Runs a read; on failure, timeout or open circuit returns <paramref name="fallback"/>.</summary>
    public async ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> action, T fallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            var result = await _pipeline.ExecuteAsync(action, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _lastError, null);
            return result;
        }
        catch (Exception e) when (IsCacheFailure(e, cancellationToken))
        {
            Volatile.Write(ref _lastError, e);
            return fallback;
        }
    }

    /// <summary>Runs a write; on failure, timeout or open circuit the write is dropped. Returns whether it ran.</summary>
    public ValueTask<bool> ExecuteAsync(Func<CancellationToken, ValueTask> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return ExecuteAsync(
            async token =>
            {
                await action(token).ConfigureAwait(false);
                return true;
            },
            false,
            cancellationToken);
    }

    // The caller's own cancellation still propagates; everything that means "Redis is not usable now" is absorbed.
    private static bool IsCacheFailure(Exception e, CancellationToken cancellationToken) =>
        e is RedisException or TimeoutRejectedException or BrokenCircuitException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}
