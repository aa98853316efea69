namespace KnowledgeGraph.Neo4j.Client.Values;

/// <summary>Cypher's ZONED TIME (Query API type "Time"): a time of day with a UTC offset. .NET has no such type.</summary>
public sealed record Neo4jOffsetTime(TimeOnly Time, TimeSpan Offset);
