using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Caching.Resp;

/// <summary>The Redis client: one multiplexed connection shared by every caller, reconnecting on its own.</summary>
public sealed class RedisClient : IRedisClient
{
    private readonly RedisOptions _options;
    private readonly ConnectionManager _connections;

    public RedisClient(RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _connections = new ConnectionManager(options, subscriber: false);
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

    public RedisProtocol? Protocol => _connections.IsConnected ? _connections.Protocol : null;

    public RedisOptions Options => _options;

    public async Task<RespValue> ExecuteAsync(RedisRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A connection found closed before anything was written is safe to retry once on a fresh one.
        for (var attempt = 0; ; attempt++)
        {
            var connection = await _connections.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
            if (!connection.TrySend(request, out var reply))
            {
                if (attempt == 0)
                {
                    continue;
                }

                throw new RedisConnectionException($"The connection to {connection.Endpoint} closed before {request.Command} was sent.", connection.Failure);
            }

            try
            {
                return await reply.WaitAsync(_options.SyncTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // The reply may still come; the connection discards it in order, so later replies stay matched.
                throw new RedisTimeoutException($"{request.Command} got no reply from {connection.Endpoint} within {_options.SyncTimeout}.");
            }
        }
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(RedisRequest.Create("GET", key), cancellationToken).ConfigureAwait(false)).TakeBytes();

    public async Task<bool> SetAsync(
        string key, ReadOnlyMemory<byte> value, TimeSpan? expiry = null, bool onlyIfNotExists = false, CancellationToken cancellationToken = default)
    {
        var arguments = new List<object>(5) { key, value };
        if (expiry is { } ttl)
        {
            arguments.Add("PX");
            arguments.Add(ToMilliseconds(ttl));
        }

        if (onlyIfNotExists)
        {
            arguments.Add("NX");
        }

        var reply = await ExecuteAsync(RedisRequest.Create("SET", [.. arguments]), cancellationToken).ConfigureAwait(false);
        return !reply.IsNull;
    }

    public async Task<long> DelAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return 0;
        }

        return (await ExecuteAsync(RedisRequest.Create("DEL", [.. keys]), cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    public async Task<IReadOnlyList<byte[]?>> MGetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return [];
        }

        var reply = await ExecuteAsync(RedisRequest.Create("MGET", [.. keys]), cancellationToken).ConfigureAwait(false);
        return reply.Items.Select(item => item.TakeBytes()).ToArray();
    }

    public async Task<long> IncrAsync(string key, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(RedisRequest.Create("INCR", key), cancellationToken).ConfigureAwait(false)).AsInt64();

    public async Task<bool> ExpireAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(RedisRequest.Create("PEXPIRE", key, ToMilliseconds(ttl)), cancellationToken).ConfigureAwait(false)).AsBoolean();

    public async Task<long> PublishAsync(string channel, ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(RedisRequest.Create("PUBLISH", channel, message), cancellationToken).ConfigureAwait(false)).AsInt64();

    public async IAsyncEnumerable<string> ScanAsync(
        string? pattern = null, int pageSize = 250, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var cursor = "0";
        do
        {
            var arguments = new List<object> { cursor };
            if (pattern is not null)
            {
                arguments.AddRange(["MATCH", pattern]);
            }

            arguments.AddRange(["COUNT", pageSize]);
            var reply = await ExecuteAsync(RedisRequest.Create("SCAN", [.. arguments]), cancellationToken).ConfigureAwait(false);
            if (reply.Items.Count != 2)
            {
                throw new RespProtocolException($"SCAN replied with {reply} instead of [cursor, keys].");
            }

            cursor = reply.Items[0].AsString() ?? "0";
            foreach (var key in reply.Items[1].Items)
            {
                yield return key.AsString()!;
            }
        }
        while (cursor != "0");
    }

    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        await ExecuteAsync(RedisRequest.Create("PING"), cancellationToken).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(started);
    }

    public async Task<string> InfoAsync(string? section = null, CancellationToken cancellationToken = default)
    {
        var request = section is null ? RedisRequest.Create("INFO") : RedisRequest.Create("INFO", section);
        return (await ExecuteAsync(request, cancellationToken).ConfigureAwait(false)).AsString() ?? string.Empty;
    }

    public ValueTask DisposeAsync() => _connections.DisposeAsync();

    private static long ToMilliseconds(TimeSpan ttl)
    {
        var milliseconds = (long)Math.Ceiling(ttl.TotalMilliseconds);
        return milliseconds > 0
            ? milliseconds
            : throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "An expiry must be positive.");
    }
}
