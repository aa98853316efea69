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
        var hits = new List<(long Length, int Order, SearchHit Hit)>();
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (kind, rows, index, column) in Searchable.Where(s => wanted.Contains(s.Kind)))
        {
            var a = rows.Alias;
            // The index is the outer loop, read in rowid (= length, pk) order; instr() drops the few texts that hold
            // every window of the query but not the query itself (detail=none keeps no positions).
            var sql = $"""
                SELECT {a}.id, {a}.{column}, ix.rowid >> 32 FROM {index} ix
                JOIN {rows.Table} {a} ON {a}.pk = ix.rowid & 4294967295
                WHERE {index} MATCH $match AND {rows.Visible} AND instr(lower({a}.{column}), lower($q)) > 0
                ORDER BY ix.rowid LIMIT $limit
                """;
            var order = 0;
            hits.AddRange(await QueryAsync(connection, sql, r =>
            {
                var whole = r.GetString(1);
                var length = r.GetInt64(2);
                return (length, order++, new SearchHit(kind, r.GetString(0), whole, Mark(whole, query), 1.0 / length));
            }, cancellationToken, ("$match", match), ("$q", query), ("$limit", limit)).ConfigureAwait(false));
        }
        return hits.OrderBy(h => h.Length).ThenBy(h => h.Hit.Kind).ThenBy(h => h.Order).Take(limit).Select(h => h.Hit).ToList();
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
