namespace KnowledgeGraph.Neo4j.Client.Values;

/// <summary>A node as the Query API returns it: element id, labels, properties mapped to .NET values.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
