using KnowledgeGraph.Caching.Distributed;
using Microsoft.Extensions.Caching.Distributed;

namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>
/// The response cache over any <see cref="IDistributedCache"/> (Redis shared by all instances, or in-memory for a
/// single one) and a graph version source. Keys change with the graph version, so a bump invalidates everything
/// at once without deleting anything: the old entries simply expire.
/// </summary>
public sealed class DistributedResponseCache : IResponseCache
{
    private readonly IDistributedCache _store;
    private readonly IGraphVersionSource _versions;
    private readonly ResponseCacheOptions _options;

    public DistributedResponseCache(IDistributedCache store, IGraphVersionSource versions, ResponseCacheOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(versions);
        _store = store;
        _versions = versions;
        _options = options ?? new ResponseCacheOptions();
    }

    public async ValueTask<ResponseCacheLookup> LookupAsync(ResponseCacheRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.IsQuery)
        {
            return ResponseCacheLookup.Bypass;
        }

        if (await _versions.GetCurrentAsync(cancellationToken).ConfigureAwait(false) is not { } version)
        {
            return ResponseCacheLookup.Bypass;
        }

        var key = _options.KeyPrefix + ResponseCacheKey.Compute(request, version);
        // On Redis a hit is read straight out of the reply's buffer; other stores hand back their own copy.
        ReadOnlyMemory<byte>? stored;
        if (_store is RedisDistributedCache redis)
        {
            stored = await redis.GetMemoryAsync(key, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var bytes = await _store.GetAsync(key, cancellationToken).ConfigureAwait(false);
            stored = bytes is null ? null : new ReadOnlyMemory<byte>(bytes);
        }

        var hit = stored is { } value ? CachedResponseSerializer.Deserialize(value) : null;
        return new ResponseCacheLookup(key, version, hit);
    }

    public async ValueTask<CachedResponse?> StoreAsync(
        ResponseCacheLookup lookup, ReadOnlyMemory<byte> body, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        if (lookup.Key is null)
        {
            return null;
        }

        var ttl = timeToLive ?? _options.DefaultTimeToLive;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero, nameof(timeToLive));
        var response = new CachedResponse(body, ETag.For(body.Span), lookup.GraphVersion);
        await _store.SetAsync(
            lookup.Key,
            CachedResponseSerializer.Serialize(response),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = ttl },
            cancellationToken).ConfigureAwait(false);
        return response;
    }

    public ValueTask<long> BumpGraphVersionAsync(CancellationToken cancellationToken = default) => _versions.BumpAsync(cancellationToken);

    public ValueTask<long?> GetGraphVersionAsync(CancellationToken cancellationToken = default) => _versions.GetCurrentAsync(cancellationToken);
}
