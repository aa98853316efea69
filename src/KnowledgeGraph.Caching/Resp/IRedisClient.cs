namespace KnowledgeGraph.Caching.Resp;

/// <summary>
/// The commands the application uses, over one multiplexed, pipelined connection. Keys and channels are text
/// (sent as UTF-8); values are bytes. All members are thread-safe.
/// </summary>
public interface IRedisClient : IAsyncDisposable
{
    /// <summary>True while a connection is up.</summary>
    bool IsConnected { get; }

    /// <summary>The protocol negotiated by the current connection, or null when not connected.</summary>
    RedisProtocol? Protocol { get; }

    event EventHandler<RedisConnectionEventArgs>? Connected;

    event EventHandler<RedisConnectionEventArgs>? ConnectionLost;

    /// <summary>Sends any command and returns its reply; an error reply throws <see cref="RedisServerException"/>.</summary>
    Task<RespValue> ExecuteAsync(RedisRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET: the value, or null when the key does not exist.</summary>
    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>SET with optional PX expiry and NX; false when NX kept an existing key.</summary>
    Task<bool> SetAsync(string key, ReadOnlyMemory<byte> value, TimeSpan? expiry = null, bool onlyIfNotExists = false, CancellationToken cancellationToken = default);

    /// <summary>DEL: how many of the keys existed.</summary>
    Task<long> DelAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default);

    /// <summary>MGET: one value per key, null where a key does not exist.</summary>
    Task<IReadOnlyList<byte[]?>> MGetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default);

    /// <summary>INCR: the value after the increment.</summary>
    Task<long> IncrAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>PEXPIRE (millisecond precision): false when the key does not exist.</summary>
    Task<bool> ExpireAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default);

    /// <summary>PUBLISH: how many subscribers received the message.</summary>
    Task<long> PublishAsync(string channel, ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default);

    /// <summary>SCAN over the whole keyspace of the database, page by page, optionally filtered by a glob.</summary>
    IAsyncEnumerable<string> ScanAsync(string? pattern = null, int pageSize = 250, CancellationToken cancellationToken = default);

    /// <summary>PING: the round-trip time.</summary>
    Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default);

    /// <summary>INFO [section]: the server's report, as text.</summary>
    Task<string> InfoAsync(string? section = null, CancellationToken cancellationToken = default);
}
