namespace KnowledgeGraph.Caching.Resp;

/// <summary>A connection came up (<see cref="Error"/> null) or went down (why, if known).</summary>
public sealed class RedisConnectionEventArgs : EventArgs
{
    public RedisConnectionEventArgs(RedisEndpoint endpoint, Exception? error)
    {
        Endpoint = endpoint;
        Error = error;
    }

    public RedisEndpoint Endpoint { get; }

    public Exception? Error { get; }
}
