namespace KnowledgeGraph.Neo4j.Client.Values;

/// <summary>A path: nodes[i] and nodes[i+1] are joined by relationships[i] (in either direction).</summary>
public sealed record Neo4jPath(IReadOnlyList<Neo4jNode> Nodes, IReadOnlyList<Neo4jRelationship> Relationships)
{
    public int Length => Relationships.Count;
}
