namespace KnowledgeGraph.Neo4j.Client;

/// <summary>Read lets a cluster route the query to a follower; Write (the default) goes to the leader.</summary>
public enum Neo4jAccessMode
{
    Write = 0,
    Read,
}
