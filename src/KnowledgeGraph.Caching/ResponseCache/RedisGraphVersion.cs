using System.Buffers.Text;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Caching.Resilience;
using KnowledgeGraph.Caching.Resp;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>
/// The graph version shared by all API instances: a Redis counter, INCR'd on every bump and announced on a
/// pub/sub channel; each instance keeps the highest version it has seen and re-reads the counter every
/// <see cref="ResponseCacheOptions.GraphVersionRefreshInterval"/> in case an announcement was lost.
/// <para>
/// A missing counter (a Redis restarted without persistence) starts again from the current Unix time in
/// milliseconds rather than from 0, so versions never repeat and an old entry can never pass for a new one.
/// A bump that cannot reach Redis is remembered; until it is delivered this instance bypasses the cache,
/// because serving at the old version would hand out answers from before the change.
/// </para>
/// <para>
/// While the subscription is down (the subscriber's connection killed, Redis restarting) announcements are lost, so
/// the counter is re-read on every call instead of every refresh interval until the subscriber is back.
/// </para>
/// </summary>
public sealed class RedisGraphVersion : IGraphVersionSource, IInvalidationFeed, IHostedService, IAsyncDisposable
{
    private readonly IRedisClient _client;
    private readonly IRedisSubscriber _subscriber;
    private readonly CacheCircuitBreaker _circuit;
    private readonly ResponseCacheOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private long _version = -1;
    private long _checkedAt = long.MinValue;
    private int _pendingBumps;
    private Task<IAsyncDisposable>? _subscription;

    public RedisGraphVersion(
        IRedisClient client, IRedisSubscriber subscriber, CacheCircuitBreaker circuit, ResponseCacheOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _subscriber = subscriber;
        _circuit = circuit;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;

        // Announcements sent while the subscriber was reconnecting are lost: re-read the counter at the next call.
        _subscriber.Connected += (_, _) => Volatile.Write(ref _checkedAt, long.MinValue);
    }

    /// <summary>The version this instance last saw, without asking Redis; -1 before the first read.</summary>
    public long LocalVersion => Interlocked.Read(ref _version);

    /// <summary>Subscribes to announcements; when Redis is down the subscription is retried on later calls.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var subscription = EnsureSubscribed();
        try
        {
            await subscription.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException)
        {
            // The API starts without Redis; the cache is bypassed until it is reachable.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => DisposeSubscriptionAsync().AsTask();

    public async ValueTask<long?> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        _ = EnsureSubscribed();
        if (Volatile.Read(ref _pendingBumps) > 0 && !await TryDeliverPendingBumpAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var checkedAt = Volatile.Read(ref _checkedAt);
        if (checkedAt == long.MinValue || !IsSubscribed || _time.GetElapsedTime(checkedAt) >= _options.GraphVersionRefreshInterval)
        {
            var remote = await _circuit.ExecuteAsync(ct => new ValueTask<long?>(ReadCounterAsync(ct)), null, cancellationToken).ConfigureAwait(false);
            if (remote is { } version)
            {
                Observe(version);
                Volatile.Write(ref _checkedAt, _time.GetTimestamp());
            }
        }

        var current = LocalVersion;
        return current < 0 ? null : current;
    }

    public bool CheckSubscribed()
    {
        _ = EnsureSubscribed();
        return IsSubscribed;
    }

    // The subscriber reports connected only once every channel is subscribed again on the new connection.
    private bool IsSubscribed => Volatile.Read(ref _subscription) is { IsCompletedSuccessfully: true } && _subscriber.IsConnected;

    public async ValueTask<long> BumpAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _pendingBumps);
        await TryDeliverPendingBumpAsync(cancellationToken).ConfigureAwait(false);
        return LocalVersion;
    }

    public async ValueTask DisposeAsync() => await DisposeSubscriptionAsync().ConfigureAwait(false);

    private async ValueTask<bool> TryDeliverPendingBumpAsync(CancellationToken cancellationToken)
    {
        // One INCR stands for any number of bumps that piled up while Redis was away.
        var pending = Interlocked.Exchange(ref _pendingBumps, 0);
        if (pending == 0)
        {
            return true;
        }

        var delivered = await _circuit.ExecuteAsync(
            async ct =>
            {
                await InitializeCounterAsync(ct).ConfigureAwait(false);
                var version = await _client.IncrAsync(_options.GraphVersionKey, ct).ConfigureAwait(false);
                Observe(version);
                Volatile.Write(ref _checkedAt, _time.GetTimestamp());
                await _client.PublishAsync(_options.GraphVersionChannel, Encoding.ASCII.GetBytes(version.ToString(CultureInfo.InvariantCulture)), ct).ConfigureAwait(false);
                return true;
            },
            false,
            cancellationToken).ConfigureAwait(false);
        if (!delivered)
        {
            Interlocked.Add(ref _pendingBumps, pending);
        }

        return delivered;
    }

    private async Task<long?> ReadCounterAsync(CancellationToken cancellationToken)
    {
        var stored = await _client.GetAsync(_options.GraphVersionKey, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            await InitializeCounterAsync(cancellationToken).ConfigureAwait(false);
            stored = await _client.GetAsync(_options.GraphVersionKey, cancellationToken).ConfigureAwait(false);
        }

        return stored is not null && Utf8Parser.TryParse(stored, out long version, out var consumed) && consumed == stored.Length ? version : null;
    }

    private Task<bool> InitializeCounterAsync(CancellationToken cancellationToken)
    {
        var origin = _time.GetUtcNow().ToUnixTimeMilliseconds();
        return _client.SetAsync(_options.GraphVersionKey, Encoding.ASCII.GetBytes(origin.ToString(CultureInfo.InvariantCulture)), onlyIfNotExists: true, cancellationToken: cancellationToken);
    }

    private void OnAnnouncement(RedisMessage message)
    {
        if (Utf8Parser.TryParse(message.Payload.Span, out long version, out var consumed) && consumed == message.Payload.Length)
        {
            Observe(version);
        }
    }

    private void Observe(long version)
    {
        var seen = Interlocked.Read(ref _version);
        while (version > seen)
        {
            var previous = Interlocked.CompareExchange(ref _version, version, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    private Task<IAsyncDisposable> EnsureSubscribed()
    {
        var current = Volatile.Read(ref _subscription);
        if (current is { IsFaulted: false, IsCanceled: false })
        {
            return current; // the common case, on every lookup: no lock
        }

        lock (_gate)
        {
            if (_subscription is null || _subscription.IsFaulted || _subscription.IsCanceled)
            {
                _subscription = _subscriber.SubscribeAsync(_options.GraphVersionChannel, OnAnnouncement);
                _subscription.ContinueWith(
                    static task => _ = task.Exception, // observed here; retried by the next EnsureSubscribed
                    CancellationToken.None,
                    TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }

            return _subscription;
        }
    }

    private async ValueTask DisposeSubscriptionAsync()
    {
        Task<IAsyncDisposable>? subscription;
        lock (_gate)
        {
            subscription = _subscription;
            _subscription = null;
        }

        if (subscription is { IsCompletedSuccessfully: true })
        {
            await subscription.Result.DisposeAsync().ConfigureAwait(false);
        }
    }
}
