namespace KnowledgeGraph.Storage.Queries;

/// <summary>One page of a Relay connection: edges in order with their cursors, page info and the total.</summary>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
