using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IngestResult> IngestAsync(ReportFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        // resolution is pure CPU: done before taking the write lock, placed where the graph has the county now ...
        var placement = (await JurisdictionPlacement.PlaceAsync([facts], this, cancellationToken).ConfigureAwait(false))[0];
        return await IngestPlacedAsync(facts, placement, _builder.Build(facts, placement), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="graph"/>, resolved with <paramref name="placement"/>, once placement under the write lock agrees.</summary>
    private Task<IngestResult> IngestPlacedAsync(ReportFacts facts, CountyPlacement? placement, ReportGraph graph, CancellationToken cancellationToken) =>
        WriteAsync(async tx =>
        {
            // ... and placed again inside the write transaction, which decides: a load of the same county may have
            // committed in between, and resolving against the earlier read would split the county in two
            var now = (await JurisdictionPlacement.PlaceAsync([facts], RegionsWithParents(tx), cancellationToken).ConfigureAwait(false))[0];
            await using var statements = new PreparedStatements(tx);
            return await WriteReportAsync(statements, now == placement ? graph : _builder.Build(facts, now), cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Placement's read of the graph, on the writer inside <paramref name="tx"/>: it sees every committed load.</summary>
    private static RegionsWithParentsReader RegionsWithParents(SqliteTransaction tx) => async (names, levels, ct) =>
    {
        var g = NodeRows.Region;
        var where = new SqlWhere().String("g.name", new StringMatch { In = names }).Enum("g.level", new EnumMatch<RegionLevel> { In = levels });
        var regions = new List<RegionNode>();
        await using (var command = Command(tx.Connection!, tx, $"SELECT {g.Select} FROM region g WHERE {g.Visible} AND {where.Sql}", where.Parameters.ToArray()))
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) regions.Add((RegionNode)g.Read(reader));
        }
        // the parents by the node read GetNodesAsync uses, which hides rejected ones
        var parents = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var parentIds = regions.Select(r => r.ParentId).OfType<string>().Distinct(StringComparer.Ordinal);
        await ReadNodesAsync(tx.Connection!, tx, parentIds, parents, ct).ConfigureAwait(false);
        return regions.Select(r => (r, r.ParentId is not null && parents.TryGetValue(r.ParentId, out var p) ? p as RegionNode : null)).ToList();
    };

    /// <summary>Writes a resolved report (for loaders that resolve themselves, e.g. the benchmark generator).</summary>
    public Task<IngestResult> IngestAsync(ReportGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return WriteAsync(async tx =>
        {
            await using var statements = new PreparedStatements(tx);
            return await WriteReportAsync(statements, graph, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Page cache of the writer during batch loads (KiB): the B-trees a national load grows stay in memory.</summary>
    private const int BulkCacheKib = 512 * 1024;

    private readonly int _batchCacheKib;

    /// <summary>
    /// Loads a batch of reports in ONE transaction with a savepoint per report: a report that fails is rolled back
    /// to its savepoint alone, a crash rolls back the whole batch (every report complete or absent). Resolution into
    /// graph rows runs on all cores before the write lock is taken. Constraints checked only at commit (deferred
    /// foreign keys) would fail the whole batch: then each report is written again in a transaction of its own, so
    /// only the offending one fails.
    /// </summary>
    public async Task<IReadOnlyList<ReportIngest>> IngestBatchAsync(IReadOnlyList<ReportFacts> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var graphs = new ReportGraph?[reports.Count];
        var results = new ReportIngest[reports.Count];
        var placements = (await JurisdictionPlacement.PlaceAsync(reports, this, cancellationToken).ConfigureAwait(false)).ToArray();
        Parallel.For(0, reports.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                graphs[i] = _builder.Build(reports[i], placements[i]);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[i] = new ReportIngest(null, e);
            }
        });
        try
        {
            return await WriteAsync(async tx =>
            {
                await EnsureBatchCacheAsync(tx, cancellationToken).ConfigureAwait(false);
                await PlaceAgainAsync(tx, reports, placements, graphs, results, cancellationToken).ConfigureAwait(false);
                await using var statements = new PreparedStatements(tx);
                for (var i = 0; i < graphs.Length; i++)
                {
                    if (graphs[i] is not { } graph) continue;
                    await tx.SaveAsync("report", cancellationToken).ConfigureAwait(false);
                    try
                    {
                        results[i] = new ReportIngest(await WriteReportAsync(statements, graph, cancellationToken).ConfigureAwait(false), null);
                        await tx.ReleaseAsync("report", cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        await tx.RollbackAsync("report", cancellationToken).ConfigureAwait(false);
                        await tx.ReleaseAsync("report", cancellationToken).ConfigureAwait(false);
                        results[i] = new ReportIngest(null, e);
                    }
                }
                return (IReadOnlyList<ReportIngest>)results;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // the commit failed (a deferred constraint): nothing of the batch was written; one transaction per report
            for (var i = 0; i < graphs.Length; i++)
            {
                if (graphs[i] is not { } graph) continue;
                try
                {
                    results[i] = new ReportIngest(await IngestPlacedAsync(reports[i], placements[i], graph, cancellationToken).ConfigureAwait(false), null);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    results[i] = new ReportIngest(null, e);
                }
            }
            return results;
        }
    }

    /// <summary>
    /// The batch placed again inside its write transaction (see <see cref="IngestAsync(ReportFacts, CancellationToken)"/>):
    /// the reports whose county has moved since they were resolved are resolved again (and their placement updated).
    /// </summary>
    private async Task PlaceAgainAsync(SqliteTransaction tx, IReadOnlyList<ReportFacts> reports, CountyPlacement?[] placements,
        ReportGraph?[] graphs, ReportIngest[] results, CancellationToken ct)
    {
        var now = await JurisdictionPlacement.PlaceAsync(reports, RegionsWithParents(tx), ct).ConfigureAwait(false);
        for (var i = 0; i < graphs.Length; i++)
        {
            if (graphs[i] is null || now[i] == placements[i]) continue;
            try
            {
                graphs[i] = _builder.Build(reports[i], now[i]);
                placements[i] = now[i];
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                graphs[i] = null;
                results[i] = new ReportIngest(null, e);
            }
        }
    }

    private bool _batchCache;

    private async Task EnsureBatchCacheAsync(SqliteTransaction tx, CancellationToken ct)
    {
        if (_batchCache) return;
        await NonQueryAsync(tx.Connection!, tx, $"PRAGMA cache_size = -{_batchCacheKib.ToString(System.Globalization.CultureInfo.InvariantCulture)}", ct).ConfigureAwait(false);
        _batchCache = true;
    }

    private async Task<IngestResult> WriteReportAsync(PreparedStatements statements, ReportGraph graph, CancellationToken ct)
    {
        var tx = statements.Transaction;
        var c = tx.Connection!;
        var reportId = graph.Report.Id;
        string? existingHash = null;
        await using (var find = Command(c, tx, "SELECT content_hash FROM report WHERE id = $id", ("$id", reportId)))
        {
            existingHash = await find.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
        }
        var old = await MentionsAsync(tx, reportId, ct).ConfigureAwait(false);
        if (existingHash == graph.Report.ContentHash)
        {
            var version = await ScalarAsync(c, tx, "SELECT value FROM meta WHERE key = 'graph_version'", ct).ConfigureAwait(false);
            return new IngestResult(reportId, IngestOutcome.Unchanged, 0, 0, old.Count, 0, version);
        }

        // A report not stored before owns no rows yet (its rows reference it, checked at commit): nothing to delete.
        var revision = existingHash is not null;
        graph = graph.Redirect(await AliasesAsync(tx, graph.SharedIds, ct).ConfigureAwait(false));
        await UpsertReportAsync(statements, graph, ct).ConfigureAwait(false);
        await UpsertSharedAsync(statements, graph, ct).ConfigureAwait(false);
        if (revision) await DeleteOwnedAsync(tx, graph, ct).ConfigureAwait(false);
        await InsertOwnedAsync(statements, graph, ct).ConfigureAwait(false);

        var fresh = graph.Mentions.ToDictionary(m => m.FactId, m => m.Fingerprint, StringComparer.Ordinal);
        if (revision) await NonQueryAsync(c, tx, "DELETE FROM mention WHERE report_id = $r", ct, ("$r", reportId)).ConfigureAwait(false);
        var mention = statements.Get("INSERT INTO mention (report_id, fact_id, fingerprint) VALUES ($0, $1, $2)", 3);
        foreach (var m in graph.Mentions) await mention.RunAsync(ct, reportId, m.FactId, m.Fingerprint).ConfigureAwait(false);
        if (revision) await RemoveUnreferencedAsync(tx, old.Keys.Where(id => !fresh.ContainsKey(id)).ToList(), ct).ConfigureAwait(false);
        await ReapplyCorrectionsAsync(tx, fresh.Keys, ct).ConfigureAwait(false);

        int added = 0, updated = 0, unchanged = 0;
        foreach (var (id, fingerprint) in fresh)
        {
            if (!old.TryGetValue(id, out var before)) added++;
            else if (before == fingerprint) unchanged++;
            else updated++;
        }
        var removed = old.Keys.Count(id => !fresh.ContainsKey(id));
        var graphVersion = await BumpVersionAsync(tx, ct).ConfigureAwait(false);
        return new IngestResult(reportId, existingHash is null ? IngestOutcome.Added : IngestOutcome.Revised, added, updated, unchanged, removed, graphVersion);
    }

    private static async Task<Dictionary<string, string>> MentionsAsync(SqliteTransaction tx, string reportId, CancellationToken ct)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = Command(tx.Connection!, tx, "SELECT fact_id, fingerprint FROM mention WHERE report_id = $r", ("$r", reportId));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) result[reader.GetString(0)] = reader.GetString(1);
        return result;
    }

    private static async Task<Dictionary<string, string>> AliasesAsync(SqliteTransaction tx, IEnumerable<string> ids, CancellationToken ct)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = Command(tx.Connection!, tx,
            "SELECT merged_id, kept_id FROM alias WHERE merged_id IN (SELECT value FROM json_each($ids))", ("$ids", Json(ids)));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) result[reader.GetString(0)] = reader.GetString(1);
        return result;
    }

    internal static string Json(IEnumerable<string> ids) => JsonSerializer.Serialize(ids.Distinct(StringComparer.Ordinal).ToArray());

    private static async Task UpsertReportAsync(PreparedStatements statements, ReportGraph graph, CancellationToken ct)
    {
        var r = graph.Report;
        await statements.Get("""
            INSERT INTO report (id, region_id, jurisdiction, year, title, issuer, issued_date, content_hash, source_name, original_text, loaded_at)
            VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT (id) DO UPDATE SET region_id = excluded.region_id, jurisdiction = excluded.jurisdiction, title = excluded.title,
                issuer = excluded.issuer, issued_date = excluded.issued_date, content_hash = excluded.content_hash,
                source_name = excluded.source_name, original_text = excluded.original_text, loaded_at = excluded.loaded_at
            """, 11).RunAsync(ct, r.Id, r.RegionId, r.Jurisdiction, r.Year, r.Title, r.Issuer, r.IssuedDate, r.ContentHash, r.SourceName,
            graph.OriginalText, r.LoadedAt).ConfigureAwait(false);
    }

    /// <summary>Shared nodes: insert, or fill in what the stored node lacks (a parent, a number, a kind) — never erase.</summary>
    private static async Task UpsertSharedAsync(PreparedStatements statements, ReportGraph graph, CancellationToken ct)
    {
        var region = statements.Get("""
            INSERT INTO region (id, name, level, parent_id) VALUES ($0, $1, $2, $3)
            ON CONFLICT (id) DO UPDATE SET parent_id = COALESCE(excluded.parent_id, region.parent_id),
                level = CASE WHEN excluded.level <> 0 THEN excluded.level ELSE region.level END
            """, 4);
        foreach (var r in graph.Regions) await region.RunAsync(ct, r.Id, r.Name, r.Level, r.ParentId).ConfigureAwait(false);
        var agency = statements.Get("""
            INSERT INTO agency (id, name, kind, region_id, aliases) VALUES ($0, $1, $2, $3, $4)
            ON CONFLICT (id) DO UPDATE SET kind = CASE WHEN excluded.kind <> 0 THEN excluded.kind ELSE agency.kind END,
                region_id = COALESCE(agency.region_id, excluded.region_id),
                aliases = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(agency.aliases)
                           UNION SELECT value FROM json_each(excluded.aliases) ORDER BY value))
            """, 5);
        foreach (var a in graph.Agencies) await agency.RunAsync(ct, a.Id, a.Name, a.Kind, a.RegionId, AliasJson.Text(a.Aliases)).ConfigureAwait(false);
        var document = statements.Get("""
            INSERT INTO document (id, title, number, issuer_code, number_year, serial, issuer_name, issuer_id, kind, year, date, region_id)
            VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (id) DO UPDATE SET number = COALESCE(excluded.number, document.number),
                issuer_code = COALESCE(excluded.issuer_code, document.issuer_code), number_year = COALESCE(excluded.number_year, document.number_year),
                serial = COALESCE(excluded.serial, document.serial), issuer_name = COALESCE(excluded.issuer_name, document.issuer_name),
                issuer_id = COALESCE(excluded.issuer_id, document.issuer_id),
                kind = CASE WHEN excluded.kind <> 0 THEN excluded.kind ELSE document.kind END,
                year = COALESCE(excluded.year, document.year), date = COALESCE(excluded.date, document.date),
                region_id = COALESCE(excluded.region_id, document.region_id)
            """, 12);
        foreach (var d in graph.Documents)
        {
            await document.RunAsync(ct, d.Id, d.Title, d.Number?.ToString(), d.Number?.IssuerCode, d.Number?.Year, d.Number?.Serial,
                d.IssuerName, d.IssuerId, d.Kind, d.Year, d.Date, d.RegionId).ConfigureAwait(false);
        }
        var power = statements.Get("INSERT INTO power (id, category, field, item) VALUES ($0, $1, $2, $3) ON CONFLICT (id) DO NOTHING", 4);
        foreach (var p in graph.Powers) await power.RunAsync(ct, p.Id, p.Category, p.Field, p.Item).ConfigureAwait(false);
        var basis = statements.Get("INSERT INTO based_on (document_id, basis_id, id) VALUES ($0, $1, $2) ON CONFLICT DO NOTHING", 3);
        foreach (var b in graph.BasedOn) await basis.RunAsync(ct, b.DocumentId, b.BasisId, b.Id).ConfigureAwait(false);
    }

    /// <summary>
    /// A revised report's own facts: drop those the new text no longer states and the edges, sentences and evidence
    /// of the rest, which <see cref="InsertOwnedAsync"/> then writes again.
    /// </summary>
    private static async Task DeleteOwnedAsync(SqliteTransaction tx, ReportGraph graph, CancellationToken ct)
    {
        var c = tx.Connection!;
        var r = graph.Report.Id;
        foreach (var (table, ids) in new[]
                 {
                     ("delegation", graph.Delegations.Select(d => d.Id)), ("responsibility", graph.Responsibilities.Select(x => x.Id)),
                     ("problem", graph.Problems.Select(p => p.Id)), ("metric", graph.Metrics.Select(m => m.Id)),
                     ("sentence", graph.Sentences.Select(s => s.Id)),
                 })
        {
            // table names come from the fixed list above, never from input
            await NonQueryAsync(c, tx, $"DELETE FROM {table} WHERE report_id = $r AND id NOT IN (SELECT value FROM json_each($ids))", ct,
                ("$r", r), ("$ids", Json(ids))).ConfigureAwait(false);
        }
        await NonQueryAsync(c, tx, "DELETE FROM delegation_recipient WHERE delegation_id IN (SELECT id FROM delegation WHERE report_id = $r)", ct, ("$r", r)).ConfigureAwait(false);
        await NonQueryAsync(c, tx, "DELETE FROM covers WHERE delegation_id IN (SELECT id FROM delegation WHERE report_id = $r)", ct, ("$r", r)).ConfigureAwait(false);
        await NonQueryAsync(c, tx, "DELETE FROM evidence WHERE report_id = $r", ct, ("$r", r)).ConfigureAwait(false);
    }

    /// <summary>
    /// The report's own facts: upsert them (an upsert keeps the curation status of a fact stated again), with their
    /// edges, sentences and evidence.
    /// </summary>
    private static async Task InsertOwnedAsync(PreparedStatements statements, ReportGraph graph, CancellationToken ct)
    {
        var r = graph.Report.Id;
        var year = graph.Report.Year;

        var delegation = statements.Get("""
            INSERT INTO delegation (id, report_id, region_id, year, mode, from_id, from_name, matters, item_count, recipient_count, date, authorized_by_id)
            VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (id) DO UPDATE SET region_id = excluded.region_id, year = excluded.year, mode = excluded.mode, from_id = excluded.from_id,
                from_name = excluded.from_name, matters = excluded.matters, item_count = excluded.item_count,
                recipient_count = excluded.recipient_count, date = excluded.date, authorized_by_id = excluded.authorized_by_id
            """, 12);
        foreach (var d in graph.Delegations)
        {
            await delegation.RunAsync(ct, d.Id, r, d.RegionId, year, d.Mode, d.FromId, d.FromName, d.Matters, d.ItemCount,
                d.RecipientCount, d.Date, d.AuthorizedById).ConfigureAwait(false);
        }
        var recipient = statements.Get("""
            INSERT INTO delegation_recipient (delegation_id, ordinal, target_id, target_label, name, collective) VALUES ($0, $1, $2, $3, $4, $5)
            """, 6);
        foreach (var group in graph.Recipients.GroupBy(x => x.DelegationId))
        {
            var ordinal = 0;
            foreach (var x in group) await recipient.RunAsync(ct, x.DelegationId, ordinal++, x.TargetId, x.TargetLabel, x.Name, x.Collective).ConfigureAwait(false);
        }
        var covers = statements.Get("INSERT INTO covers (delegation_id, power_id) VALUES ($0, $1) ON CONFLICT DO NOTHING", 2);
        foreach (var x in graph.Covers) await covers.RunAsync(ct, x.DelegationId, x.PowerId).ConfigureAwait(false);
        var responsibility = statements.Get("""
            INSERT INTO responsibility (id, report_id, region_id, year, role, holder, holder_id, task) VALUES ($0, $1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (id) DO UPDATE SET region_id = excluded.region_id, year = excluded.year, role = excluded.role,
                holder = excluded.holder, holder_id = excluded.holder_id, task = excluded.task
            """, 8);
        foreach (var x in graph.Responsibilities)
        {
            await responsibility.RunAsync(ct, x.Id, r, x.RegionId, x.Year, x.Role, x.Holder, x.HolderId, x.Task).ConfigureAwait(false);
        }
        var problem = statements.Get("""
            INSERT INTO problem (id, report_id, region_id, year, text, category, found, rectified, problem_status) VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (id) DO UPDATE SET region_id = excluded.region_id, year = excluded.year, text = excluded.text,
                category = excluded.category, found = excluded.found, rectified = excluded.rectified, problem_status = excluded.problem_status
            """, 9);
        foreach (var x in graph.Problems)
        {
            await problem.RunAsync(ct, x.Id, r, x.RegionId, x.Year, x.Text, x.Category, x.Found, x.Rectified, x.Status).ConfigureAwait(false);
        }
        var metric = statements.Get("""
            INSERT INTO metric (id, report_id, region_id, year, name, value, unit) VALUES ($0, $1, $2, $3, $4, $5, $6)
            ON CONFLICT (id) DO UPDATE SET region_id = excluded.region_id, year = excluded.year, name = excluded.name,
                value = excluded.value, unit = excluded.unit
            """, 7);
        foreach (var x in graph.Metrics) await metric.RunAsync(ct, x.Id, r, x.RegionId, x.Year, x.Name, x.Value, x.Unit).ConfigureAwait(false);
        var sentence = statements.Get("""
            INSERT INTO sentence (id, report_id, start, end, text, section_path, section) VALUES ($0, $1, $2, $3, $4, $5, $6)
            ON CONFLICT (id) DO UPDATE SET start = excluded.start, end = excluded.end, section_path = excluded.section_path, section = excluded.section
            """, 7);
        foreach (var x in graph.Sentences) await sentence.RunAsync(ct, x.Id, r, x.Start, x.End, x.Text, x.SectionPath, x.Section).ConfigureAwait(false);
        var evidence = statements.Get("INSERT INTO evidence (fact_id, report_id, start, end, quote) VALUES ($0, $1, $2, $3, $4) ON CONFLICT DO NOTHING", 5);
        foreach (var e in graph.Evidence) await evidence.RunAsync(ct, e.FactId, r, e.Start, e.End, e.Quote).ConfigureAwait(false);
    }

    /// <summary>
    /// Shared facts a report stopped stating go when no other report states them. Links first, then documents,
    /// agencies, powers and regions; references that remain elsewhere (an issuer, a parent) are cleared first.
    /// </summary>
    private static async Task RemoveUnreferencedAsync(SqliteTransaction tx, IReadOnlyList<string> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0) return;
        var c = tx.Connection!;
        var orphans = new List<string>();
        await using (var find = Command(c, tx, """
            SELECT value FROM json_each($ids) WHERE NOT EXISTS (SELECT 1 FROM mention WHERE fact_id = value) ORDER BY value
            """, ("$ids", Json(candidates))))
        await using (var reader = await find.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) orphans.Add(reader.GetString(0));
        }
        var ids = Json(orphans);
        string[] steps =
        [
            "DELETE FROM based_on WHERE id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM evidence WHERE fact_id IN (SELECT value FROM json_each($ids))",
            "UPDATE delegation SET authorized_by_id = NULL WHERE authorized_by_id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM based_on WHERE document_id IN (SELECT value FROM json_each($ids)) OR basis_id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM document WHERE id IN (SELECT value FROM json_each($ids))",
            "UPDATE document SET issuer_id = NULL WHERE issuer_id IN (SELECT value FROM json_each($ids))",
            "UPDATE delegation SET from_id = NULL WHERE from_id IN (SELECT value FROM json_each($ids))",
            "UPDATE responsibility SET holder_id = NULL WHERE holder_id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM agency WHERE id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM power WHERE id IN (SELECT value FROM json_each($ids)) AND NOT EXISTS (SELECT 1 FROM covers WHERE power_id = power.id)",
            "UPDATE region SET parent_id = NULL WHERE parent_id IN (SELECT value FROM json_each($ids))",
            "UPDATE agency SET region_id = NULL WHERE region_id IN (SELECT value FROM json_each($ids))",
            "UPDATE document SET region_id = NULL WHERE region_id IN (SELECT value FROM json_each($ids))",
            """
            DELETE FROM region WHERE id IN (SELECT value FROM json_each($ids))
                AND NOT EXISTS (SELECT 1 FROM report WHERE region_id = region.id)
                AND NOT EXISTS (SELECT 1 FROM delegation WHERE region_id = region.id)
                AND NOT EXISTS (SELECT 1 FROM responsibility WHERE region_id = region.id)
                AND NOT EXISTS (SELECT 1 FROM problem WHERE region_id = region.id)
                AND NOT EXISTS (SELECT 1 FROM metric WHERE region_id = region.id)
            """,
        ];
        foreach (var sql in steps) await NonQueryAsync(c, tx, sql, ct, ("$ids", ids)).ConfigureAwait(false);
    }

    public async Task<DeleteResult?> DeleteReportAsync(string reportId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportId);
        return await WriteAsync(async tx =>
        {
            var c = tx.Connection!;
            var old = await MentionsAsync(tx, reportId, cancellationToken).ConfigureAwait(false);
            if (await ScalarAsync(c, tx, "SELECT COUNT(*) FROM report WHERE id = $r", cancellationToken, ("$r", reportId)).ConfigureAwait(false) == 0)
            {
                return null;
            }
            string[] owned =
            [
                "DELETE FROM delegation_recipient WHERE delegation_id IN (SELECT id FROM delegation WHERE report_id = $r)",
                "DELETE FROM covers WHERE delegation_id IN (SELECT id FROM delegation WHERE report_id = $r)",
                "DELETE FROM delegation WHERE report_id = $r",
                "DELETE FROM responsibility WHERE report_id = $r",
                "DELETE FROM problem WHERE report_id = $r",
                "DELETE FROM metric WHERE report_id = $r",
                "DELETE FROM sentence WHERE report_id = $r",
                "DELETE FROM evidence WHERE report_id = $r",
                "DELETE FROM mention WHERE report_id = $r",
                "DELETE FROM report WHERE id = $r",
            ];
            foreach (var sql in owned) await NonQueryAsync(c, tx, sql, cancellationToken, ("$r", reportId)).ConfigureAwait(false);
            await RemoveUnreferencedAsync(tx, old.Keys.ToList(), cancellationToken).ConfigureAwait(false);
            var version = await BumpVersionAsync(tx, cancellationToken).ConfigureAwait(false);
            return new DeleteResult(reportId, old.Count, version);
        }, cancellationToken).ConfigureAwait(false);
    }
}
