namespace KnowledgeGraph.Caching.Resp;

/// <summary>The server answered with an error reply (e.g. <c>ERR</c>, <c>WRONGTYPE</c>, <c>NOAUTH</c>).</summary>
public sealed class RedisServerException : RedisException
{
    public RedisServerException(string message)
        : base(message)
    {
        var space = message.IndexOf(' ', StringComparison.Ordinal);
        ErrorCode = space > 0 ? message[..space] : message;
    }

    /// <summary>The error prefix, by convention the first word: ERR, WRONGPASS, NOPROTO …</summary>
    public string ErrorCode { get; }
}
