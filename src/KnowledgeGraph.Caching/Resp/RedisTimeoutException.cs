namespace KnowledgeGraph.Caching.Resp;

/// <summary>A command got no reply within the configured sync timeout.</summary>
public sealed class RedisTimeoutException : RedisException
{
    public RedisTimeoutException(string message)
        : base(message)
    {
    }
}
