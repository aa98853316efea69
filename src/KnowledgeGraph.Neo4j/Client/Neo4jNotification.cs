namespace KnowledgeGraph.Neo4j.Client;

/// <summary>A server notification (deprecations, cartesian products, unknown labels …).</summary>
public sealed record Neo4jNotification(string Code, string? Title, string? Description, string? Severity, string? Category);
