using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Relay paging by keyset: a cursor holds the sort values and id of a row, and the next page starts strictly
/// after it, so deep pages cost the same as the first. Cursors carry the sort they were made for.
/// </summary>
internal static class KeysetPaging
{
    /// <summary>A sort key: the SQL expression (never NULL: callers COALESCE) and whether it runs descending.</summary>
    public sealed record Key(string Expression, bool Descending);

    /// <summary>
    /// A column a list sorts on. A nullable one gives <paramref name="StandIn"/>, the value its NULLs compare as: its
    /// rows without a value then sort last in either direction (as in the Neo4j store), after all rows with one.
    /// </summary>
    public sealed record Column(string Expression, string? StandIn = null)
    {
        /// <summary>The keys sorting on this column: for a nullable one "is it missing" (always ascending) first.</summary>
        public IEnumerable<Key> Keys(bool descending) => StandIn is null
            ? [new Key(Expression, descending)]
            : [new Key($"({Expression} IS NULL)", false), new Key($"COALESCE({Expression}, {StandIn})", descending)];
    }

    public static string Encode(string sortName, IReadOnlyList<object?> values)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new object?[] { sortName }.Concat(values).ToArray());
        return Base64Url.EncodeToString(json);
    }

    public static IReadOnlyList<object?> Decode(string cursor, string sortName, int keyCount)
    {
        try
        {
            using var doc = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = doc.RootElement.EnumerateArray().ToList();
            if (items.Count != keyCount + 1 || items[0].GetString() != sortName) throw new ArgumentException("The cursor belongs to another list or sort.", nameof(cursor));
            return items.Skip(1).Select(e => e.ValueKind switch
            {
                JsonValueKind.Number when e.TryGetInt64(out var l) => (object?)l,
                JsonValueKind.Number => e.GetDouble(),
                JsonValueKind.String => e.GetString(),
                _ => null,
            }).ToList();
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            throw new ArgumentException("The cursor is not valid.", nameof(cursor), e);
        }
    }

    /// <summary>Rows strictly after (or before) the cursor in the order the keys define: (k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) …</summary>
    public static string Beyond(IReadOnlyList<Key> keys, IReadOnlyList<object?> values, bool after, SqlWhere where)
    {
        var alternatives = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var parts = new List<string>();
            for (var j = 0; j < i; j++) parts.Add($"{keys[j].Expression} = {where.P(values[j])}");
            var greater = after ^ keys[i].Descending;
            parts.Add($"{keys[i].Expression} {(greater ? ">" : "<")} {where.P(values[i])}");
            alternatives.Add("(" + string.Join(" AND ", parts) + ")");
        }
        return string.Join(" OR ", alternatives);
    }

    public static string OrderBy(IReadOnlyList<Key> keys, bool reverse) =>
        string.Join(", ", keys.Select(k => $"{k.Expression} {((k.Descending ^ reverse) ? "DESC" : "ASC")}"));

    public static string Name(IReadOnlyList<Key> keys) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", keys.Select(k => k.Expression + k.Descending.ToString(CultureInfo.InvariantCulture)))))[..6]);
}
