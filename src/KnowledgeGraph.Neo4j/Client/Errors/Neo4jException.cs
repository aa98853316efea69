namespace KnowledgeGraph.Neo4j.Client.Errors;

/// <summary>Anything that went wrong talking to Neo4j. <see cref="Code"/> is Neo4j's status code when it sent one.</summary>
public class Neo4jException : Exception
{
    public Neo4jException() { }

    public Neo4jException(string message) : base(message) { }

    public Neo4jException(string message, Exception innerException) : base(message, innerException) { }

    public Neo4jException(string? code, string message, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    /// <summary>e.g. Neo.ClientError.Statement.SyntaxError; null for failures that never reached Neo4j.</summary>
    public string? Code { get; }

    /// <summary>Whether trying the same work again may succeed.</summary>
    public virtual bool IsRetryable => false;
}
