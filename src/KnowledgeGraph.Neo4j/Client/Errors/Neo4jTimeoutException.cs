namespace KnowledgeGraph.Neo4j.Client.Errors;

/// <summary>
/// No answer within <see cref="Neo4jOptions.RequestTimeout"/>. Not retried: the server may still be running the
/// statement, and piling the same work on a slow server makes it slower.
/// </summary>
public sealed class Neo4jTimeoutException : Neo4jException
{
    public Neo4jTimeoutException() { }

    public Neo4jTimeoutException(string message) : base(message) { }

    public Neo4jTimeoutException(string message, Exception innerException) : base(message, innerException) { }
}
