namespace KnowledgeGraph.Neo4j.Client.Errors;

/// <summary>Neo.TransientError.*: deadlocks, leader switches, memory pressure. The same work may succeed later.</summary>
public sealed class Neo4jTransientException : Neo4jException
{
    public Neo4jTransientException() { }

    public Neo4jTransientException(string message) : base(message) { }

    public Neo4jTransientException(string message, Exception innerException) : base(message, innerException) { }

    public Neo4jTransientException(string? code, string message, Exception? innerException = null)
        : base(code, message, innerException) { }

    public override bool IsRetryable => true;
}
