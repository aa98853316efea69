namespace KnowledgeGraph.Caching.Resp;

/// <summary>No usable connection: the server is unreachable, refused the handshake, or dropped the link.</summary>
public sealed class RedisConnectionException : RedisException
{
    public RedisConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
