namespace KnowledgeGraph.Neo4j.Client.Errors;

/// <summary>Neo.ClientError.*: the request was wrong (syntax, constraint, unknown transaction). Never retried.</summary>
public class Neo4jClientException : Neo4jException
{
    public Neo4jClientException() { }

    public Neo4jClientException(string message) : base(message) { }

    public Neo4jClientException(string message, Exception innerException) : base(message, innerException) { }

    public Neo4jClientException(string? code, string message, Exception? innerException = null)
        : base(code, message, innerException) { }
}
