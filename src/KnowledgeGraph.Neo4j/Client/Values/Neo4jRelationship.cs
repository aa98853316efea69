namespace KnowledgeGraph.Neo4j.Client.Values;

/// <summary>A relationship with the element ids of both ends.</summary>
public sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
