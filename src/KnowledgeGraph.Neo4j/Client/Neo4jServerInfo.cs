namespace KnowledgeGraph.Neo4j.Client;

/// <summary>What <c>GET /</c> tells about the server: version, edition and the Query API's address template.</summary>
public sealed record Neo4jServerInfo(string? Version, string? Edition, string? QueryEndpoint, string? TransactionEndpoint)
{
    /// <summary>The Query API exists from 5.19 (and is on by default from 5.25); discovery lists it when it is enabled.</summary>
    public bool HasQueryApi => QueryEndpoint is not null;
}
