namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A 1-based line and column, as in the "locations" entries of a GraphQL error.</summary>
public readonly record struct SourceLocation(int Line, int Column);
