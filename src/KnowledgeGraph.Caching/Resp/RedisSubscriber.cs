using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace KnowledgeGraph.Caching.Resp;

/// <summary>The SUBSCRIBE side of pub/sub, on a dedicated connection that resubscribes after reconnecting.</summary>
public sealed class RedisSubscriber : IRedisSubscriber
{
    private readonly RedisOptions _options;
    private readonly ConnectionManager _connections;
    private readonly ConcurrentDictionary<string, ImmutableArray<Action<RedisMessage>>> _handlers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _confirmations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public RedisSubscriber(RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _connections = new ConnectionManager(options, subscriber: true, OnPush, ResubscribeAsync);
    }

    public event EventHandler<RedisConnectionEventArgs>? Connected
    {
        add => _connections.Connected += value;
        remove => _connections.Connected -= value;
    }

    public event EventHandler<RedisConnectionEventArgs>? ConnectionLost
    {
        add => _connections.ConnectionLost += value;
        remove => _connections.ConnectionLost -= value;
    }

    public bool IsConnected => _connections.IsConnected;

    public async Task<IAsyncDisposable> SubscribeAsync(string channel, Action<RedisMessage> handler, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(handler);

        bool first;
        lock (_gate)
        {
            var existing = _handlers.GetValueOrDefault(channel, []);
            first = existing.IsDefaultOrEmpty;
            _handlers[channel] = existing.IsDefault ? [handler] : existing.Add(handler);
        }

        var subscription = new Subscription(this, channel, handler);
        try
        {
            var connection = await _connections.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
            if (first)
            {
                // A fresh connection already subscribed to everything in _handlers; SUBSCRIBE again is harmless.
                await SendAndConfirmAsync(connection, [channel], cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return subscription;
    }

    public ValueTask DisposeAsync() => _connections.DisposeAsync();

    private async Task ResubscribeAsync(RedisConnection connection, CancellationToken cancellationToken)
    {
        var channels = _handlers.Keys.ToArray();
        if (channels.Length > 0)
        {
            await SendAndConfirmAsync(connection, channels, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendAndConfirmAsync(RedisConnection connection, string[] channels, CancellationToken cancellationToken)
    {
        // SUBSCRIBE has no ordinary reply: the server confirms each channel with a "subscribe" push message.
        var confirmations = channels
            .Select(channel => _confirmations.GetOrAdd(channel, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task)
            .ToArray();
        if (!connection.TrySendWithoutReply(RedisRequest.Create("SUBSCRIBE", [.. channels])))
        {
            throw new RedisConnectionException($"The subscriber connection to {connection.Endpoint} closed.", connection.Failure);
        }

        try
        {
            var confirmed = Task.WhenAll(confirmations);
            var first = await Task.WhenAny(confirmed, connection.Closed).WaitAsync(_options.SyncTimeout, cancellationToken).ConfigureAwait(false);
            if (first != confirmed)
            {
                throw new RedisConnectionException($"The subscriber connection to {connection.Endpoint} closed.", connection.Failure);
            }
        }
        catch (TimeoutException)
        {
            throw new RedisTimeoutException($"SUBSCRIBE {string.Join(' ', channels)} was not confirmed within {_options.SyncTimeout}.");
        }
    }

    private void OnPush(RespValue push)
    {
        var items = push.Items;
        if (items.Count < 3)
        {
            return;
        }

        var kind = items[0].AsString();
        var channel = items[1].AsString() ?? string.Empty;
        switch (kind)
        {
            case "message":
                foreach (var handler in _handlers.GetValueOrDefault(channel, []))
                {
                    Deliver(handler, new RedisMessage(channel, items[2].Bytes));
                }

                break;
            case "subscribe":
                if (_confirmations.TryRemove(channel, out var confirmation))
                {
                    confirmation.TrySetResult();
                }

                break;
        }
    }

    private static void Deliver(Action<RedisMessage> handler, RedisMessage message)
    {
        try
        {
            handler(message);
        }
#pragma warning disable CA1031 // One faulty handler must not take down the connection or starve the others.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private async ValueTask UnsubscribeAsync(string channel, Action<RedisMessage> handler)
    {
        bool last;
        lock (_gate)
        {
            var remaining = _handlers.GetValueOrDefault(channel, []).Remove(handler);
            last = remaining.IsEmpty;
            if (last)
            {
                _handlers.TryRemove(channel, out _);
            }
            else
            {
                _handlers[channel] = remaining;
            }
        }

        if (last && _connections.IsConnected)
        {
            try
            {
                var connection = await _connections.GetConnectionAsync(CancellationToken.None).ConfigureAwait(false);
                connection.TrySendWithoutReply(RedisRequest.Create("UNSUBSCRIBE", channel));
            }
            catch (RedisConnectionException)
            {
                // Gone already: a reconnect will not resubscribe to a channel nobody listens on.
            }
        }
    }

    private sealed class Subscription(RedisSubscriber owner, string channel, Action<RedisMessage> handler) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync() =>
            Interlocked.Exchange(ref _disposed, 1) == 0 ? owner.UnsubscribeAsync(channel, handler) : ValueTask.CompletedTask;
    }
}
