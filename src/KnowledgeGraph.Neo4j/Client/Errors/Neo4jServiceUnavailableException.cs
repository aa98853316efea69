namespace KnowledgeGraph.Neo4j.Client.Errors;

/// <summary>The server could not be reached (refused, reset, DNS, 502/503/504 from a proxy). Retried with back-off.</summary>
public sealed class Neo4jServiceUnavailableException : Neo4jException
{
    public Neo4jServiceUnavailableException() { }

    public Neo4jServiceUnavailableException(string message) : base(message) { }

    public Neo4jServiceUnavailableException(string message, Exception innerException) : base(message, innerException) { }

    public override bool IsRetryable => true;
}
