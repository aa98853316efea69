namespace KnowledgeGraph.Neo4j.Client.Errors;

/// <summary>The server answered with something that is not a Query API response we understand.</summary>
public sealed class Neo4jProtocolException : Neo4jException
{
    public Neo4jProtocolException() { }

    public Neo4jProtocolException(string message) : base(message) { }

    public Neo4jProtocolException(string message, Exception innerException) : base(message, innerException) { }
}
