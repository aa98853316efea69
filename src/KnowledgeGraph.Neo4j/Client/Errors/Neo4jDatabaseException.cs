namespace KnowledgeGraph.Neo4j.Client.Errors;

/// <summary>Neo.DatabaseError.*: the server failed on its side. Not retried: the cause is not passing.</summary>
public sealed class Neo4jDatabaseException : Neo4jException
{
    public Neo4jDatabaseException() { }

    public Neo4jDatabaseException(string message) : base(message) { }

    public Neo4jDatabaseException(string message, Exception innerException) : base(message, innerException) { }

    public Neo4jDatabaseException(string? code, string message, Exception? innerException = null)
        : base(code, message, innerException) { }
}
