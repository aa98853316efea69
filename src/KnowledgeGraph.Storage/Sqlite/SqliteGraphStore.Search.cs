using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>Per searchable kind: node table rows, its FTS5 table, the indexed column and its search_gram kind (003).</summary>
    private static readonly (SearchKind Kind, NodeRows Rows, string Fts, string Column, int GramKind)[] Searchable =
    [
        (SearchKind.Region, NodeRows.Region, "region_fts", "name", 1),
        (SearchKind.Agency, NodeRows.Agency, "agency_fts", "name", 2),
        (SearchKind.Document, NodeRows.Document, "document_fts", "title", 3),
        (SearchKind.Problem, NodeRows.Problem, "problem_fts", "text", 4),
        (SearchKind.Sentence, NodeRows.Sentence, "sentence_fts", "text", 5),
    ];

    /// <summary>The trigram tokenizer indexes 3-character windows: shorter queries are answered from search_gram.</summary>
    private const int TrigramLength = 3;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text, IReadOnlyCollection<SearchKind>? kinds = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var query = text.Trim();
        if (query.Length == 0) return [];
        var wanted = kinds is { Count: > 0 } ? kinds.ToHashSet() : Searchable.Select(s => s.Kind).ToHashSet();
        var hits = new List<SearchHit>();
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        // SQLite counts characters as code points, not UTF-16 units
        var characters = query.EnumerateRunes().Count();
        foreach (var (kind, rows, fts, column, gramKind) in Searchable.Where(s => wanted.Contains(s.Kind)))
        {
            var (sql, parameters) = characters >= TrigramLength
                ? TrigramSearch(rows, fts, column, query, limit)
                : characters == 2 ? PairSearch(rows, column, gramKind, query, limit) : CharacterSearch(rows, column, gramKind, query, limit);
            hits.AddRange(await QueryAsync(connection, sql, r =>
            {
                var whole = r.GetString(1);
                return new SearchHit(kind, r.GetString(0), whole, Mark(whole, query), r.GetDouble(2));
            }, cancellationToken, parameters).ConfigureAwait(false));
        }
        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Kind).ThenBy(h => h.NodeId, StringComparer.Ordinal).Take(limit).ToList();
    }

    /// <summary>
    /// A quoted FTS5 string: the whole query is one phrase, whatever characters it holds. Ranking inside the FTS
    /// subquery (ORDER BY rank LIMIT) lets FTS5 keep only the best rows before the join; no highlight() there, as
    /// SQLite would build it for every match before sorting — snippets are made for the returned rows only.
    /// </summary>
    private static (string Sql, (string, object?)[] Parameters) TrigramSearch(NodeRows rows, string fts, string column, string query, int limit)
    {
        var a = rows.Alias;
        return ($"""
            SELECT {a}.id, {a}.{column}, -f.rank FROM (
                SELECT rowid, rank FROM {fts} WHERE {fts} MATCH $q ORDER BY rank LIMIT $limit) f
            JOIN {rows.Table} {a} ON {a}.pk = f.rowid
            WHERE {rows.Visible}
            ORDER BY f.rank, {a}.id
            """, [("$q", "\"" + query.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""), ("$limit", limit)]);
    }

    /// <summary>
    /// Two characters: one key range of search_gram, read in (len, pk) order — shortest texts first, as for any
    /// short query. The subquery finds the length of the limit-th visible hit so only rows up to that length (and
    /// its ties, which the id order breaks) are joined and sorted.
    /// </summary>
    private static (string Sql, (string, object?)[] Parameters) PairSearch(NodeRows rows, string column, int gramKind, string query, int limit)
    {
        var a = rows.Alias;
        var b = a + "2";
        var visibleB = rows.Curated ? $"{b}.status <> 3" : "1 = 1";
        return ($"""
            SELECT {a}.id, {a}.{column}, 1.0 / gram.len FROM search_gram gram
            JOIN {rows.Table} {a} ON {a}.pk = gram.pk
            WHERE gram.kind = $kind AND gram.gram = $q AND {rows.Visible} AND gram.len <= coalesce((
                SELECT hit.len FROM search_gram hit JOIN {rows.Table} {b} ON {b}.pk = hit.pk
                WHERE hit.kind = $kind AND hit.gram = $q AND {visibleB}
                ORDER BY hit.len LIMIT 1 OFFSET $limit - 1), 9223372036854775807)
            ORDER BY gram.len, {a}.id LIMIT $limit
            """, [("$kind", gramKind), ("$q", query), ("$limit", limit)]);
    }

    /// <summary>
    /// One character: every occurrence starts a stored gram (the last position holds the final character alone),
    /// so the hits are the texts with a gram in [c, c + U+10FFFF]; one text may own several such grams.
    /// </summary>
    private static (string Sql, (string, object?)[] Parameters) CharacterSearch(NodeRows rows, string column, int gramKind, string query, int limit)
    {
        var a = rows.Alias;
        return ($"""
            SELECT {a}.id, {a}.{column}, 1.0 / length({a}.{column}) FROM {rows.Table} {a}
            WHERE {a}.pk IN (SELECT pk FROM search_gram WHERE kind = $kind AND gram >= $q AND gram <= $q || char(1114111))
              AND {rows.Visible}
            ORDER BY length({a}.{column}), {a}.id LIMIT $limit
            """, [("$kind", gramKind), ("$q", query), ("$limit", limit)]);
    }

    /// <summary>Brackets every occurrence of the query (case-insensitively, as the trigram index matches) with 【】.</summary>
    private static string Mark(string text, string query)
    {
        var marked = new System.Text.StringBuilder(text.Length + 8);
        var from = 0;
        for (var at = text.IndexOf(query, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(query, from, StringComparison.OrdinalIgnoreCase))
        {
            marked.Append(text, from, at - from).Append('【').Append(text, at, query.Length).Append('】');
            from = at + query.Length;
        }
        return marked.Append(text, from, text.Length - from).ToString();
    }
}
