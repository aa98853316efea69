namespace KnowledgeGraph.Neo4j.Client.Errors;

/// <summary>HTTP 401/403 or Neo.ClientError.Security.*: wrong credentials, expired token, or not allowed.</summary>
public sealed class Neo4jAuthenticationException : Neo4jClientException
{
    public Neo4jAuthenticationException() { }

    public Neo4jAuthenticationException(string message) : base(message) { }

    public Neo4jAuthenticationException(string message, Exception innerException) : base(message, innerException) { }

    public Neo4jAuthenticationException(string? code, string message, Exception? innerException = null)
        : base(code, message, innerException) { }
}
