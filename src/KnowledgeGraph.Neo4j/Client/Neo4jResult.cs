namespace KnowledgeGraph.Neo4j.Client;

/// <summary>The complete answer to one statement: the Query API returns all rows at once.</summary>
public sealed record Neo4jResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<Neo4jRecord> Records,
    IReadOnlyList<string> Bookmarks,
    Neo4jCounters Counters,
    IReadOnlyList<Neo4jNotification> Notifications)
{
    /// <summary>The only row; throws when there are none or several, which is always a bug in the statement.</summary>
    public Neo4jRecord Single() => Records.Count == 1
        ? Records[0]
        : throw new InvalidOperationException($"Expected exactly one row, got {Records.Count}.");

    public Neo4jRecord? SingleOrDefault() => Records.Count switch
    {
        0 => null,
        1 => Records[0],
        _ => throw new InvalidOperationException($"Expected at most one row, got {Records.Count}."),
    };
}
