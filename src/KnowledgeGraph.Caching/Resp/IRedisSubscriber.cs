namespace KnowledgeGraph.Caching.Resp;

/// <summary>
/// Pub/sub on its own connection (a subscribed connection can run no other commands). Subscriptions survive
/// reconnects: every channel is subscribed again as soon as the connection is back. Messages published while
/// the connection was down are lost, as with any Redis pub/sub client.
/// </summary>
public interface IRedisSubscriber : IAsyncDisposable
{
    bool IsConnected { get; }

    event EventHandler<RedisConnectionEventArgs>? Connected;

    event EventHandler<RedisConnectionEventArgs>? ConnectionLost;

    /// <summary>
    /// Subscribes and waits for the server's confirmation. The handler runs on the connection's reader, so it must
    /// be quick and must not block. Dispose the result to unsubscribe.
    /// </summary>
    Task<IAsyncDisposable> SubscribeAsync(string channel, Action<RedisMessage> handler, CancellationToken cancellationToken = default);
}
