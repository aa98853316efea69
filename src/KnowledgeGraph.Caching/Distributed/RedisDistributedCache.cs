using KnowledgeGraph.Caching.Resilience;
using KnowledgeGraph.Caching.Resp;
using Microsoft.Extensions.Caching.Distributed;

namespace KnowledgeGraph.Caching.Distributed;

/// <summary>
/// <see cref="IDistributedCache"/> over our Redis client, with the expiration semantics of
/// Microsoft.Extensions.Caching: absolute (fixed or relative to now) and sliding expiration, the Redis TTL being
/// the nearer of the two and sliding again on every read or refresh. Every call goes through the circuit breaker:
/// when Redis is down reads miss and writes are dropped, so callers carry on without the cache.
/// </summary>
public sealed class RedisDistributedCache : IDistributedCache
{
    private readonly IRedisClient _client;
    private readonly CacheCircuitBreaker _circuit;
    private readonly TimeProvider _time;
    private readonly string _prefix;

    public RedisDistributedCache(IRedisClient client, CacheCircuitBreaker circuit, RedisDistributedCacheOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(circuit);
        _client = client;
        _circuit = circuit;
        _time = timeProvider ?? TimeProvider.System;
        _prefix = (options ?? new RedisDistributedCacheOptions()).KeyPrefix;
    }

    // The synchronous members exist because the interface demands them; they block on the async path.
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var value = await GetMemoryAsync(key, token).ConfigureAwait(false);
        return value?.ToArray();
    }

    /// <summary>
    /// <see cref="GetAsync"/> without copying the value out of the reply's buffer, for callers that only read it
    /// (the response cache hands a hit straight to the HTTP response).
    /// </summary>
    internal ValueTask<ReadOnlyMemory<byte>?> GetMemoryAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _circuit.ExecuteAsync(ct => new ValueTask<ReadOnlyMemory<byte>?>(GetAndSlideAsync(key, ct)), null, token);
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);

        var now = _time.GetUtcNow();
        var absolute = AbsoluteExpiration(now, options);
        var ttl = TimeToLive(now, absolute, options.SlidingExpiration);
        var stored = CacheEntryEnvelope.Wrap(value, absolute, options.SlidingExpiration);
        await _circuit.ExecuteAsync(
            async ct => await _client.SetAsync(_prefix + key, stored, ttl, cancellationToken: ct).ConfigureAwait(false),
            token).ConfigureAwait(false);
    }

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await GetMemoryAsync(key, token).ConfigureAwait(false);
    }

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await _circuit.ExecuteAsync(
            async ct => await _client.DelAsync([_prefix + key], ct).ConfigureAwait(false),
            token).ConfigureAwait(false);
    }

    private async Task<ReadOnlyMemory<byte>?> GetAndSlideAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await _client.GetAsync(_prefix + key, cancellationToken).ConfigureAwait(false);
        if (stored is null || !CacheEntryEnvelope.TryUnwrap(stored, out var value, out var absolute, out var sliding))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        if (absolute is { } expires && expires <= now)
        {
            return null; // Redis has not evicted it yet; to the caller it has already expired.
        }

        if (sliding is not null && TimeToLive(now, absolute, sliding) is { } ttl)
        {
            await _client.ExpireAsync(_prefix + key, ttl, cancellationToken).ConfigureAwait(false);
        }

        return value;
    }

    private static DateTimeOffset? AbsoluteExpiration(DateTimeOffset now, DistributedCacheEntryOptions options)
    {
        if (options.AbsoluteExpiration is { } absolute && absolute <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), absolute, "The absolute expiration value must be in the future.");
        }

        return options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : options.AbsoluteExpiration;
    }

    private static TimeSpan? TimeToLive(DateTimeOffset now, DateTimeOffset? absolute, TimeSpan? sliding)
    {
        var untilAbsolute = absolute - now;
        return (untilAbsolute, sliding) switch
        {
            ({ } a, { } s) => a < s ? a : s,
            ({ } a, null) => a,
            (null, { } s) => s,
            _ => null,
        };
    }
}
