using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>Per searchable kind: node table rows, its window index (migration 004) and the indexed column.</summary>
    private static readonly (SearchKind Kind, NodeRows Rows, string Index, string Column)[] Searchable =
    [
        (SearchKind.Region, NodeRows.Region, "region_search", "name"),
        (SearchKind.Agency, NodeRows.Agency, "agency_search", "name"),
        (SearchKind.Document, NodeRows.Document, "document_search", "title"),
        (SearchKind.Problem, NodeRows.Problem, "problem_search", "text"),
        (SearchKind.Sentence, NodeRows.Sentence, "sentence_search", "text"),
    ];

    /// <summary>
    /// Shortest text first, then kind, then load order: each kind's index yields its matches in length order and stops
    /// after <paramref name="limit"/>, so a query costs the same whether it matches ten texts or a hundred thousand.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text, IReadOnlyCollection<SearchKind>? kinds = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var query = text.Trim();
        if (query.Length == 0) return [];
        var match = SearchWindows.Match(query);
        if (match is null) return [];
        var wanted = kinds is { Count: > 0 } ? kinds.ToHashSet() : Searchable.Select(s => s.Kind).ToHashSet();
        // One statement for every kind asked for (one prepare and one reader instead of one per kind); each kind's
        // index is the outer loop of its own subquery, read in rowid (= length, pk) order, and stops at LIMIT. instr()
        // drops the few texts that hold every window of the query but not the query itself (detail=none keeps no
        // positions).
        var parts = Searchable.Where(s => wanted.Contains(s.Kind)).Select(s => $"""
            SELECT * FROM (SELECT {(int)s.Kind} AS kind, {s.Rows.Alias}.id, {s.Rows.Alias}.{s.Column}, ix.rowid FROM {s.Index} ix
                JOIN {s.Rows.Table} {s.Rows.Alias} ON {s.Rows.Alias}.pk = ix.rowid & 4294967295
                WHERE {s.Index} MATCH $match AND {s.Rows.Visible} AND instr(lower({s.Rows.Alias}.{s.Column}), lower($q)) > 0
                ORDER BY ix.rowid LIMIT $limit)
            """);
        var hits = await QueryAsync(string.Join("\nUNION ALL\n", parts), r =>
        {
            var whole = r.GetString(2);
            var rowid = r.GetInt64(3);
            return (Rowid: rowid, Hit: new SearchHit((SearchKind)r.GetInt32(0), r.GetString(1), whole, Mark(whole, query), 1.0 / (rowid >> 32)));
        }, cancellationToken, ("$match", match), ("$q", query), ("$limit", limit)).ConfigureAwait(false);
        // shortest text first (rowid >> 32), then kind, then load order within the kind (the rest of the rowid)
        return hits.OrderBy(h => h.Rowid >> 32).ThenBy(h => h.Hit.Kind).ThenBy(h => h.Rowid).Take(limit).Select(h => h.Hit).ToList();
    }

    /// <summary>Brackets every occurrence of the query (ASCII letters case-insensitively, as the index matches) with 【】.</summary>
    private static string Mark(string text, string query)
    {
        var marked = new System.Text.StringBuilder(text.Length + 8);
        var from = 0;
        for (var at = IndexOfAsciiIgnoreCase(text, query, 0); at >= 0; at = IndexOfAsciiIgnoreCase(text, query, from))
        {
            marked.Append(text, from, at - from).Append('【').Append(text, at, query.Length).Append('】');
            from = at + query.Length;
        }
        return marked.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>SQLite's lower() folds ASCII letters only; the marks follow the same rule.</summary>
    private static int IndexOfAsciiIgnoreCase(string text, string query, int from)
    {
        for (var at = from; at + query.Length <= text.Length; at++)
        {
            var same = true;
            for (var i = 0; same && i < query.Length; i++)
            {
                char t = text[at + i], q = query[i];
                same = t == q || (char.IsAsciiLetter(t) && char.IsAsciiLetter(q) && (t | 0x20) == (q | 0x20));
            }
            if (same) return at;
        }
        return -1;
    }
}
