namespace KnowledgeGraph.Storage.Queries;

/// <summary>
/// Relay cursor paging: <c>first/after</c> forward or <c>last/before</c> backward. Cursors are opaque strings
/// produced by the same backend and the same sort; a cursor from another sort is rejected.
/// </summary>
public sealed record PageRequest
{
    public const int MaxPageSize = 500;

    public int? First { get; init; }
    public string? After { get; init; }
    public int? Last { get; init; }
    public string? Before { get; init; }
    /// <summary>Whether to compute <see cref="Page{T}.TotalCount"/> (a COUNT over the filter); skip it when not selected.</summary>
    public bool IncludeTotalCount { get; init; } = true;

    public static PageRequest FirstPage(int size) => new() { First = size };

    /// <summary>The page size asked for, checked against <see cref="MaxPageSize"/>; forward paging of 50 when nothing is asked.</summary>
    public int Size
    {
        get
        {
            var n = Last ?? First ?? 50;
            if (n < 0) throw new ArgumentOutOfRangeException(nameof(First), n, "Page size must not be negative.");
            if (n > MaxPageSize) throw new ArgumentOutOfRangeException(nameof(First), n, $"Page size must be at most {MaxPageSize}.");
            return n;
        }
    }

    public bool Backward => Last is not null || (Before is not null && First is null);
}
