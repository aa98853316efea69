using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<CurationResult> ConfirmFactAsync(string factId, CurationActor actor, CancellationToken cancellationToken = default) =>
        SetStatusAsync(factId, FactStatus.Confirmed, "confirm", actor, cancellationToken);

    public Task<CurationResult> RejectFactAsync(string factId, CurationActor actor, CancellationToken cancellationToken = default) =>
        SetStatusAsync(factId, FactStatus.Rejected, "reject", actor, cancellationToken);

    private static NodeRows CuratedRows(string factId)
    {
        var rows = NodeRows.ForId(factId);
        if (rows is null || !rows.Curated) throw new CurationException($"'{factId}' is not the id of a fact that can be curated.");
        return rows;
    }

    private Task<CurationResult> SetStatusAsync(string factId, FactStatus status, string action, CurationActor actor, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(factId);
        ArgumentNullException.ThrowIfNull(actor);
        var rows = CuratedRows(factId);
        return WriteAsync(async tx =>
        {
            var changed = await NonQueryAsync(tx.Connection!, tx, $"UPDATE {rows.Table} SET status = $s WHERE id = $id", ct,
                ("$s", status), ("$id", factId)).ConfigureAwait(false);
            if (changed == 0) throw new CurationException($"No fact has id '{factId}'.");
            var version = await BumpVersionAsync(tx, ct).ConfigureAwait(false);
            await LogAsync(tx, factId, action, actor, null, version, ct).ConfigureAwait(false);
            return new CurationResult(factId, status, version);
        }, ct);
    }

    public Task<CurationResult> CorrectFactAsync(
        string factId, IReadOnlyDictionary<string, string?> changes, CurationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(factId);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(actor);
        if (changes.Count == 0) throw new CurationException("A correction needs at least one change.");
        var rows = CuratedRows(factId);
        var columns = CorrectableFields.Columns(rows.Label, changes); // validates before taking the write lock
        return WriteAsync(async tx =>
        {
            if (!await ApplyColumnsAsync(tx, rows, factId, columns, cancellationToken).ConfigureAwait(false))
            {
                throw new CurationException($"No fact has id '{factId}'.");
            }
            // stored so that loading the report again keeps the correction
            var merged = new SortedDictionary<string, string?>(StringComparer.Ordinal);
            await using (var find = Command(tx.Connection!, tx, "SELECT changes FROM correction WHERE fact_id = $id", ("$id", factId)))
            {
                if (await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json)
                {
                    foreach (var (k, v) in JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? []) merged[k] = v;
                }
            }
            foreach (var (k, v) in changes) merged[k] = v;
            var detail = JsonSerializer.Serialize(merged);
            await NonQueryAsync(tx.Connection!, tx, "INSERT INTO correction (fact_id, changes) VALUES ($id, $c) ON CONFLICT (fact_id) DO UPDATE SET changes = excluded.changes",
                cancellationToken, ("$id", factId), ("$c", detail)).ConfigureAwait(false);
            var version = await BumpVersionAsync(tx, cancellationToken).ConfigureAwait(false);
            await LogAsync(tx, factId, "correct", actor, JsonSerializer.Serialize(changes), version, cancellationToken).ConfigureAwait(false);
            return new CurationResult(factId, FactStatus.Corrected, version);
        }, cancellationToken);
    }

    private static async Task<bool> ApplyColumnsAsync(SqliteTransaction tx, NodeRows rows, string factId, IReadOnlyList<(string Column, object? Value)> columns, CancellationToken ct)
    {
        // column names come from CorrectableFields' fixed table, values are parameters
        var sets = columns.Select((c, i) => $"{c.Column} = $v{i}").Append("status = CASE WHEN status = 3 THEN 3 ELSE 2 END");
        var parameters = columns.Select((c, i) => ($"$v{i}", c.Value)).Append(("$id", (object?)factId)).ToArray();
        return await NonQueryAsync(tx.Connection!, tx, $"UPDATE {rows.Table} SET {string.Join(", ", sets)} WHERE id = $id", ct, parameters).ConfigureAwait(false) > 0;
    }

    /// <summary>A report loaded again rewrites its facts from the text; corrections made since are put back on top.</summary>
    private static async Task ReapplyCorrectionsAsync(SqliteTransaction tx, IEnumerable<string> factIds, CancellationToken ct)
    {
        var corrections = new List<(string Id, Dictionary<string, string?> Changes)>();
        await using (var find = Command(tx.Connection!, tx, "SELECT fact_id, changes FROM correction WHERE fact_id IN (SELECT value FROM json_each($ids))", ("$ids", Json(factIds))))
        await using (var reader = await find.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                corrections.Add((reader.GetString(0), JsonSerializer.Deserialize<Dictionary<string, string?>>(reader.GetString(1)) ?? []));
            }
        }
        foreach (var (id, changes) in corrections)
        {
            var rows = CuratedRows(id);
            await ApplyColumnsAsync(tx, rows, id, CorrectableFields.Columns(rows.Label, changes), ct).ConfigureAwait(false);
        }
    }

    public Task<CurationResult> MergeEntitiesAsync(string keptId, string mergedId, CurationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var label = EntityMerge.LabelOf(keptId, mergedId);
        return WriteAsync(async tx =>
        {
            var c = tx.Connection!;
            var table = NodeRows.ByLabel[label].Table;
            var found = await ScalarAsync(c, tx, $"SELECT COUNT(*) FROM {table} WHERE id IN ($k, $m)", cancellationToken, ("$k", keptId), ("$m", mergedId)).ConfigureAwait(false);
            if (found != 2) throw new CurationException($"Both '{keptId}' and '{mergedId}' must exist.");
            var p = new[] { ("$k", (object?)keptId), ("$m", (object?)mergedId) };
            if (label == NodeLabels.Region && await ScalarAsync(c, tx, RegionsNested, cancellationToken, p).ConfigureAwait(false) > 0)
            {
                throw EntityMerge.NestedRegions(keptId, mergedId);
            }
            switch (label)
            {
                case NodeLabels.Region: await RunAllAsync(tx, MergeRegionSteps, p, cancellationToken).ConfigureAwait(false); break;
                case NodeLabels.Agency: await RunAllAsync(tx, MergeAgencySteps, p, cancellationToken).ConfigureAwait(false); break;
                case NodeLabels.Power: await RunAllAsync(tx, MergePowerSteps, p, cancellationToken).ConfigureAwait(false); break;
                default: await MergeDocumentAsync(tx, keptId, mergedId, cancellationToken).ConfigureAwait(false); break;
            }
            string[] common =
            [
                "INSERT INTO evidence (fact_id, report_id, start, end, quote) SELECT $k, report_id, start, end, quote FROM evidence WHERE fact_id = $m ON CONFLICT DO NOTHING",
                "DELETE FROM evidence WHERE fact_id = $m",
                "INSERT INTO mention (report_id, fact_id, fingerprint) SELECT report_id, $k, fingerprint FROM mention WHERE fact_id = $m ON CONFLICT DO NOTHING",
                "DELETE FROM mention WHERE fact_id = $m",
                $"DELETE FROM {table} WHERE id = $m",
                "UPDATE alias SET kept_id = $k WHERE kept_id = $m",
                "INSERT INTO alias (merged_id, kept_id) VALUES ($m, $k) ON CONFLICT (merged_id) DO UPDATE SET kept_id = excluded.kept_id",
            ];
            foreach (var sql in common) await NonQueryAsync(c, tx, sql, cancellationToken, p).ConfigureAwait(false);
            var version = await BumpVersionAsync(tx, cancellationToken).ConfigureAwait(false);
            await LogAsync(tx, keptId, "merge", actor, mergedId, version, cancellationToken).ConfigureAwait(false);
            await LogAsync(tx, mergedId, "merged-into", actor, keptId, version, cancellationToken).ConfigureAwait(false);
            var status = NodeRows.ByLabel[label].Curated // powers carry no status
                ? (FactStatus)await ScalarAsync(c, tx, $"SELECT status FROM {table} WHERE id = $k", cancellationToken, ("$k", keptId)).ConfigureAwait(false)
                : FactStatus.Extracted;
            return new CurationResult(keptId, status, version);
        }, cancellationToken);
    }

    private static async Task RunAllAsync(SqliteTransaction tx, IEnumerable<string> steps, (string, object?)[] p, CancellationToken ct)
    {
        foreach (var sql in steps) await NonQueryAsync(tx.Connection!, tx, sql, ct, p).ConfigureAwait(false);
    }

    /// <summary>
    /// Two spellings of one region (e.g. a township): the kept region keeps its parent and level unless it has none;
    /// children, agencies, documents, reports, the facts about the region and delegations to it move to the kept one.
    /// </summary>
    private static readonly string[] MergeRegionSteps =
    [
        """
        UPDATE region SET
            parent_id = COALESCE(parent_id, (SELECT parent_id FROM region WHERE id = $m AND parent_id <> $k)),
            level = CASE WHEN level <> 0 THEN level ELSE (SELECT level FROM region WHERE id = $m) END
        WHERE id = $k
        """,
        "UPDATE region SET parent_id = $k WHERE parent_id = $m AND id <> $k",
        "UPDATE agency SET region_id = $k WHERE region_id = $m",
        "UPDATE document SET region_id = $k WHERE region_id = $m",
        "UPDATE report SET region_id = $k WHERE region_id = $m",
        "UPDATE delegation SET region_id = $k WHERE region_id = $m",
        "UPDATE responsibility SET region_id = $k WHERE region_id = $m",
        "UPDATE problem SET region_id = $k WHERE region_id = $m",
        "UPDATE metric SET region_id = $k WHERE region_id = $m",
        "UPDATE delegation_recipient SET target_id = $k WHERE target_id = $m",
        // a delegation that named both spellings names the kept one once, at the first place
        """
        DELETE FROM delegation_recipient WHERE target_id = $k AND EXISTS (SELECT 1 FROM delegation_recipient o
            WHERE o.delegation_id = delegation_recipient.delegation_id AND o.target_id = $k AND o.ordinal < delegation_recipient.ordinal)
        """,
    ];

    /// <summary>Whether either region is an ancestor of the other (up the PART_OF chain, as deep as the walks go).</summary>
    private static readonly string RegionsNested = $"""
        WITH RECURSIVE up(start, id, depth) AS (
            SELECT value, value, 0 FROM json_each(json_array($k, $m))
            UNION SELECT up.start, g.parent_id, up.depth + 1 FROM region g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL AND up.depth < {RegionHierarchy.MaxDepth})
        SELECT COUNT(*) FROM up WHERE depth > 0 AND ((start = $k AND id = $m) OR (start = $m AND id = $k))
        """;

    private static readonly string[] MergeAgencySteps =
    [
        // the merged spelling and its aliases become aliases of the kept agency
        """
        UPDATE agency SET aliases = (SELECT json_group_array(value) FROM (
            SELECT value FROM json_each(agency.aliases)
            UNION SELECT value FROM json_each((SELECT aliases FROM agency WHERE id = $m))
            UNION SELECT name FROM agency WHERE id = $m
            ORDER BY value) WHERE value <> agency.name)
        WHERE id = $k
        """,
        "UPDATE agency SET region_id = COALESCE(region_id, (SELECT region_id FROM agency WHERE id = $m)) WHERE id = $k",
        "UPDATE delegation SET from_id = $k WHERE from_id = $m",
        "UPDATE delegation_recipient SET target_id = $k WHERE target_id = $m",
        // a delegation that named both spellings names the kept one once, at the first place
        """
        DELETE FROM delegation_recipient WHERE target_id = $k AND EXISTS (SELECT 1 FROM delegation_recipient o
            WHERE o.delegation_id = delegation_recipient.delegation_id AND o.target_id = $k AND o.ordinal < delegation_recipient.ordinal)
        """,
        "UPDATE document SET issuer_id = $k WHERE issuer_id = $m",
        "UPDATE responsibility SET holder_id = $k WHERE holder_id = $m",
    ];

    /// <summary>Two spellings of one power: the delegations covering the merged one cover the kept one (once).</summary>
    private static readonly string[] MergePowerSteps =
    [
        "INSERT INTO covers (delegation_id, power_id) SELECT delegation_id, $k FROM covers WHERE power_id = $m ON CONFLICT DO NOTHING",
        "DELETE FROM covers WHERE power_id = $m",
    ];

    private static async Task MergeDocumentAsync(SqliteTransaction tx, string keptId, string mergedId, CancellationToken ct)
    {
        var c = tx.Connection!;
        var p = new[] { ("$k", (object?)keptId), ("$m", (object?)mergedId) };
        await NonQueryAsync(c, tx, """
            UPDATE document SET
                number = COALESCE(number, (SELECT number FROM document WHERE id = $m)),
                issuer_code = COALESCE(issuer_code, (SELECT issuer_code FROM document WHERE id = $m)),
                number_year = COALESCE(number_year, (SELECT number_year FROM document WHERE id = $m)),
                serial = COALESCE(serial, (SELECT serial FROM document WHERE id = $m)),
                issuer_name = COALESCE(issuer_name, (SELECT issuer_name FROM document WHERE id = $m)),
                issuer_id = COALESCE(issuer_id, (SELECT issuer_id FROM document WHERE id = $m)),
                year = COALESCE(year, (SELECT year FROM document WHERE id = $m)),
                date = COALESCE(date, (SELECT date FROM document WHERE id = $m)),
                region_id = COALESCE(region_id, (SELECT region_id FROM document WHERE id = $m)),
                kind = CASE WHEN kind <> 0 THEN kind ELSE (SELECT kind FROM document WHERE id = $m) END
            WHERE id = $k
            """, ct, p).ConfigureAwait(false);
        await NonQueryAsync(c, tx, "UPDATE delegation SET authorized_by_id = $k WHERE authorized_by_id = $m", ct, p).ConfigureAwait(false);

        // BASED_ON links touching the merged document move to the kept one; their ids (and evidence, mentions) follow.
        var links = new List<(string Id, string From, string To)>();
        await using (var find = Command(c, tx, "SELECT id, document_id, basis_id FROM based_on WHERE document_id = $m OR basis_id = $m", p))
        await using (var reader = await find.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) links.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        foreach (var (id, from, to) in links)
        {
            var (newFrom, newTo) = (from == mergedId ? keptId : from, to == mergedId ? keptId : to);
            await NonQueryAsync(c, tx, "DELETE FROM based_on WHERE id = $id", ct, ("$id", id)).ConfigureAwait(false);
            if (newFrom == newTo)
            {
                await NonQueryAsync(c, tx, "DELETE FROM evidence WHERE fact_id = $id", ct, ("$id", id)).ConfigureAwait(false);
                await NonQueryAsync(c, tx, "DELETE FROM mention WHERE fact_id = $id", ct, ("$id", id)).ConfigureAwait(false);
                continue;
            }
            var newId = FactIds.BasedOn(newFrom, newTo);
            var q = new[] { ("$id", (object?)id), ("$new", (object?)newId), ("$f", (object?)newFrom), ("$t", (object?)newTo) };
            string[] steps =
            [
                "INSERT INTO based_on (document_id, basis_id, id) VALUES ($f, $t, $new) ON CONFLICT DO NOTHING",
                "INSERT INTO evidence (fact_id, report_id, start, end, quote) SELECT $new, report_id, start, end, quote FROM evidence WHERE fact_id = $id ON CONFLICT DO NOTHING",
                "DELETE FROM evidence WHERE fact_id = $id",
                "INSERT INTO mention (report_id, fact_id, fingerprint) SELECT report_id, $new, fingerprint FROM mention WHERE fact_id = $id ON CONFLICT DO NOTHING",
                "DELETE FROM mention WHERE fact_id = $id",
            ];
            foreach (var sql in steps) await NonQueryAsync(c, tx, sql, ct, q).ConfigureAwait(false);
        }
    }

    private static async Task LogAsync(SqliteTransaction tx, string factId, string action, CurationActor actor, string? detail, long version, CancellationToken ct)
    {
        await NonQueryAsync(tx.Connection!, tx, """
            INSERT INTO curation_log (fact_id, action, actor, note, detail, graph_version) VALUES ($f, $a, $actor, $note, $d, $v)
            """, ct, ("$f", factId), ("$a", action), ("$actor", actor.Name), ("$note", actor.Note), ("$d", detail), ("$v", version)).ConfigureAwait(false);
    }
}
