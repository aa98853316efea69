namespace KnowledgeGraph.Caching.Resp;

/// <summary>The protocol version a connection speaks once the handshake is done.</summary>
public enum RedisProtocol
{
    Resp2 = 2,
    Resp3 = 3,
}
