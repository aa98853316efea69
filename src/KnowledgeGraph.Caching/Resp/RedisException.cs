namespace KnowledgeGraph.Caching.Resp;

/// <summary>Base of every failure the Redis client reports.</summary>
public class RedisException : Exception
{
    public RedisException(string message)
        : base(message)
    {
    }

    public RedisException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
