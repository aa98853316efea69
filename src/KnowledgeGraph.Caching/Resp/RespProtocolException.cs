namespace KnowledgeGraph.Caching.Resp;

/// <summary>The server sent bytes that are not valid RESP; the connection cannot be trusted afterwards.</summary>
public sealed class RespProtocolException : RedisException
{
    public RespProtocolException(string message)
        : base(message)
    {
    }
}
