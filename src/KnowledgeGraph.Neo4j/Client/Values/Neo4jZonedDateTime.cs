namespace KnowledgeGraph.Neo4j.Client.Values;

/// <summary>A ZONED DATETIME with a named zone (<c>2015-11-21T21:40:32.142+01:00[Europe/Berlin]</c>); the offset is the one in force.</summary>
public sealed record Neo4jZonedDateTime(DateTimeOffset DateTime, string ZoneId);
