using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var result = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        if (ids.Count == 0) return result;
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await ReadNodesAsync(connection, null, ids, result, cancellationToken).ConfigureAwait(false);

        // ids merged away answer with the node they were merged into
        var missing = ids.Where(id => !result.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var kept = new Dictionary<string, string>(StringComparer.Ordinal);
            await using (var command = Command(connection, null, "SELECT merged_id, kept_id FROM alias WHERE merged_id IN (SELECT value FROM json_each($ids))", ("$ids", Json(missing))))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) kept[reader.GetString(0)] = reader.GetString(1);
            }
            if (kept.Count > 0)
            {
                var found = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
                await ReadNodesAsync(connection, null, kept.Values.ToList(), found, cancellationToken).ConfigureAwait(false);
                foreach (var (merged, keptId) in kept)
                {
                    if (found.TryGetValue(keptId, out var node)) result[merged] = node;
                }
            }
        }
        return result;
    }

    /// <summary>The visible nodes of these ids, on <paramref name="connection"/> (inside <paramref name="tx"/> when one is open on it).</summary>
    private static async Task ReadNodesAsync(
        SqliteConnection connection, SqliteTransaction? tx, IEnumerable<string> ids, Dictionary<string, GraphNode> into, CancellationToken ct)
    {
        foreach (var group in ids.GroupBy(id => StableId.TypeOf(id) ?? "", StringComparer.Ordinal))
        {
            if (!NodeRows.ByLabel.TryGetValue(group.Key, out var rows)) continue;
            var sql = $"SELECT {rows.Select} FROM {rows.Table} {rows.Alias} WHERE {rows.Alias}.id IN (SELECT value FROM json_each($ids)) AND {rows.Visible}";
            await using var command = Command(connection, tx, sql, ("$ids", Json(group)));
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var node = rows.Read(reader);
                into[node.Id] = node;
            }
        }
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenReaderAsync(ct).ConfigureAwait(false);
        return await QueryAsync(connection, sql, read, ct, parameters).ConfigureAwait(false);
    }

    private static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var result = new List<T>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) result.Add(read(reader));
        return result;
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNeighborsAsync(
        IReadOnlyCollection<string> ids, Relation relation, Direction direction, CancellationToken cancellationToken = default) =>
        NeighborsAsync(ids, NeighborSql.For(relation, direction), null, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNeighborsOfLabelAsync(
        IReadOnlyCollection<string> ids, Relation relation, Direction direction, string neighborLabel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(neighborLabel);
        // a query of the label's own table where the relation has one; otherwise the relation's query, kept to the label
        return NeighborSql.ForLabel(relation, direction, neighborLabel) is { } own
            ? NeighborsAsync(ids, own, null, cancellationToken)
            : NeighborsAsync(ids, NeighborSql.For(relation, direction), neighborLabel + ":", cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> NeighborsAsync(
        IReadOnlyCollection<string> ids, string sql, string? idPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var result = ids.Distinct().ToDictionary(id => id, _ => (IReadOnlyList<string>)[], StringComparer.Ordinal);
        if (result.Count == 0) return result;
        var pairs = await QueryAsync(sql, r => (Key: r.GetString(0), Neighbor: r.GetString(1)),
            cancellationToken, ("$ids", Json(result.Keys))).ConfigureAwait(false);
        if (idPrefix is not null) pairs.RemoveAll(p => !p.Neighbor.StartsWith(idPrefix, StringComparison.Ordinal));
        // The rows come grouped by key (every query orders or filters by it first): one pass, first occurrence kept.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<string>? current = null;
        string? currentKey = null;
        foreach (var (key, neighbor) in pairs)
        {
            if (!string.Equals(key, currentKey, StringComparison.Ordinal))
            {
                currentKey = key;
                current = result.TryGetValue(key, out var existing) && existing is List<string> list ? list : [];
                result[key] = current;
                seen.Clear();
                seen.UnionWith(current);
            }
            if (seen.Add(neighbor)) current!.Add(neighbor);
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DelegationRecipient>>> GetRecipientsAsync(
        IReadOnlyCollection<string> delegationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delegationIds);
        var rows = await QueryAsync($"""
            SELECT rc.delegation_id, rc.target_id, rc.target_label, rc.name, rc.collective FROM delegation_recipient rc
            WHERE rc.delegation_id IN (SELECT value FROM json_each($ids)) AND {VisibleRecipient.Of("rc")} ORDER BY rc.delegation_id, rc.ordinal
            """, r => new DelegationRecipient(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4) != 0),
            cancellationToken, ("$ids", Json(delegationIds))).ConfigureAwait(false);
        var lookup = rows.ToLookup(r => r.DelegationId, StringComparer.Ordinal);
        return delegationIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<DelegationRecipient>)lookup[id].ToList(), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EvidenceRecord>>> GetEvidenceAsync(
        IReadOnlyCollection<string> factIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factIds);
        var rows = await QueryAsync("""
            SELECT e.fact_id, e.report_id, e.start, e.end, e.quote FROM evidence e
            WHERE e.fact_id IN (SELECT value FROM json_each($ids)) ORDER BY e.fact_id, e.report_id, e.start, e.end
            """, r => new EvidenceRecord(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)),
            cancellationToken, ("$ids", Json(factIds))).ConfigureAwait(false);
        var lookup = rows.ToLookup(r => r.FactId, StringComparer.Ordinal);
        return factIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<EvidenceRecord>)lookup[id].ToList(), StringComparer.Ordinal);
    }

    public async Task<string?> GetReportTextAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync("SELECT original_text FROM report WHERE id = $id", r => r.GetString(0), cancellationToken, ("$id", reportId)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<CurationEntry>> GetCurationLogAsync(string factId, CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT seq, fact_id, action, actor, note, detail, graph_version FROM curation_log WHERE fact_id = $id ORDER BY seq",
            r => new CurationEntry(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Text(4), r.Text(5), r.GetInt64(6)),
            cancellationToken, ("$id", factId)).ConfigureAwait(false);

    internal static IReadOnlyList<string> Strings(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
