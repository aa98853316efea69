using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Store;

// IGraphWriter: ingest and delete, each in one explicit transaction.
public sealed partial class Neo4jGraphStore
{
    public async Task<IngestResult> IngestAsync(ReportFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var placement = (await JurisdictionPlacement.PlaceAsync([facts], this, cancellationToken).ConfigureAwait(false))[0];
        var built = _builder.Build(facts, placement);
        return await _client.ExecuteWriteAsync(async (tx, ct) =>
        {
            var graph = await ResolveAliasesAsync(tx, built, ct).ConfigureAwait(false);
            var reportId = graph.Report.Id;
            var existing = (await Run(tx, IngestStatements.ExistingReport, P(("reportId", reportId)), ct).ConfigureAwait(false)).Single();
            var previousHash = existing.Get<string?>("contentHash");
            var previous = existing.Get<IReadOnlyList<object?>>("mentions").OfType<IReadOnlyDictionary<string, object?>>()
                .ToDictionary(m => (string)m["factId"]!, m => (string?)m["fingerprint"], StringComparer.Ordinal);

            if (previousHash == graph.Report.ContentHash)
            {
                var current = (await Run(tx, StoreStatements.GraphVersion, null, ct).ConfigureAwait(false)).Single().Get<long>("version");
                return new IngestResult(reportId, IngestOutcome.Unchanged, 0, 0, previous.Count, 0, current);
            }

            await WriteGraphAsync(tx, graph, ct).ConfigureAwait(false);

            var now = graph.Mentions.ToDictionary(m => m.FactId, m => m.Fingerprint, StringComparer.Ordinal);
            var added = now.Keys.Count(k => !previous.ContainsKey(k));
            var updated = now.Count(kv => previous.TryGetValue(kv.Key, out var fp) && fp != kv.Value);
            var unchanged = now.Count(kv => previous.TryGetValue(kv.Key, out var fp) && fp == kv.Value);
            var removedIds = previous.Keys.Where(k => !now.ContainsKey(k)).ToList();
            await DeleteOrphansAsync(tx, removedIds, ct).ConfigureAwait(false);

            var version = await BumpVersionAsync(tx, ct).ConfigureAwait(false);
            var outcome = previousHash is null ? IngestOutcome.Added : IngestOutcome.Revised;
            return new IngestResult(reportId, outcome, added, updated, unchanged, removedIds.Count, version);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DeleteResult?> DeleteReportAsync(string reportId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(reportId);
        return await _client.ExecuteWriteAsync<DeleteResult?>(async (tx, ct) =>
        {
            var existing = (await Run(tx, IngestStatements.ExistingReport, P(("reportId", reportId)), ct).ConfigureAwait(false)).Single();
            if (existing.Get<string?>("contentHash") is null) return null;
            var mentioned = existing.Get<IReadOnlyList<object?>>("mentions").OfType<IReadOnlyDictionary<string, object?>>()
                .Select(m => (string)m["factId"]!).ToList();

            foreach (var label in GraphSchema.ReportOwnedLabels)
                await Run(tx, IngestStatements.DeleteStaleOwned(label), P(("reportId", reportId), ("keep", Array.Empty<string>())), ct).ConfigureAwait(false);
            await Run(tx, IngestStatements.ReplaceMentions, P(("reportId", reportId), ("rows", Array.Empty<object>())), ct).ConfigureAwait(false);
            await Run(tx, IngestStatements.DeleteReport, P(("reportId", reportId)), ct).ConfigureAwait(false);
            await DeleteOrphansAsync(tx, mentioned, ct).ConfigureAwait(false);
            var version = await BumpVersionAsync(tx, ct).ConfigureAwait(false);
            return new DeleteResult(reportId, mentioned.Count, version);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteGraphAsync(Neo4jTransaction tx, ReportGraph g, CancellationToken ct)
    {
        var reportId = g.Report.Id;
        await Batched(tx, IngestStatements.MergeRegions, g.Regions.Select(NodeProperties.Of), ct).ConfigureAwait(false);
        await Batched(tx, IngestStatements.LinkRegions, g.Regions.Where(r => r.ParentId is not null).Select(NodeProperties.Of), ct).ConfigureAwait(false);
        await Batched(tx, IngestStatements.MergeAgencies, g.Agencies.Select(NodeProperties.Of), ct).ConfigureAwait(false);
        await Batched(tx, IngestStatements.MergeDocuments, g.Documents.Select(NodeProperties.Of), ct).ConfigureAwait(false);
        await Batched(tx, IngestStatements.MergePowers, g.Powers.Select(NodeProperties.Of), ct).ConfigureAwait(false);
        await Batched(tx, IngestStatements.MergeBasedOn, g.BasedOn.Select(b => Row(("id", b.Id), ("documentId", b.DocumentId), ("basisId", b.BasisId))), ct).ConfigureAwait(false);

        var documentIds = g.Documents.Select(d => d.Id).ToList();
        await Run(tx, IngestStatements.MergeReport, P(("report", NodeProperties.Of(g.Report)), ("text", g.OriginalText), ("documentIds", documentIds)), ct).ConfigureAwait(false);

        var owned = new (string Label, IEnumerable<GraphNode> Nodes)[]
        {
            (NodeLabels.Delegation, g.Delegations), (NodeLabels.Responsibility, g.Responsibilities),
            (NodeLabels.Problem, g.Problems), (NodeLabels.Metric, g.Metrics), (NodeLabels.Sentence, g.Sentences),
        };
        foreach (var (label, nodes) in owned)
        {
            var list = nodes.ToList();
            await Run(tx, IngestStatements.DeleteStaleOwned(label), P(("reportId", reportId), ("keep", list.Select(n => n.Id).ToList())), ct).ConfigureAwait(false);
            await Batched(tx, IngestStatements.MergeOwned(label), list.Select(n => Row(("id", n.Id), ("props", NodeProperties.Of(n)))), ct).ConfigureAwait(false);
        }

        await Run(tx, IngestStatements.ClearDelegationLinks, P(("reportId", reportId)), ct).ConfigureAwait(false);
        await Batched(tx, IngestStatements.LinkDelegations, g.Delegations.Select(d => Row(("id", d.Id), ("fromId", d.FromId),
            ("authorizedById", d.AuthorizedById), ("authorizedByFactId", d.AuthorizedById is null ? null : FactIds.AuthorizedBy(d.Id, d.AuthorizedById)))), ct).ConfigureAwait(false);
        // ordinals count within each delegation, in the builder's order (as the SQLite store numbers them)
        await Batched(tx, IngestStatements.MergeRecipients, g.Recipients.GroupBy(r => r.DelegationId).SelectMany(group => group.Select((r, ordinal) =>
            Row(("delegationId", r.DelegationId), ("ordinal", ordinal), ("targetId", r.TargetId), ("name", r.Name), ("collective", r.Collective)))), ct).ConfigureAwait(false);
        await Batched(tx, IngestStatements.MergeCovers, g.Covers.Select(c => Row(("delegationId", c.DelegationId), ("powerId", c.PowerId))), ct).ConfigureAwait(false);
        await Batched(tx, IngestStatements.LinkHolders, g.Responsibilities.Where(r => r.HolderId is not null)
            .Select(r => Row(("id", r.Id), ("holderId", r.HolderId))), ct).ConfigureAwait(false);

        // Evidence and mentions are replaced whole: one statement each clears the old rows, then batches add the new.
        await ReplaceAllAsync(tx, IngestStatements.ReplaceEvidence, reportId,
            g.Evidence.Select(e => Row(("factId", e.FactId), ("start", e.Start), ("end", e.End), ("quote", e.Quote))).ToList(), ct).ConfigureAwait(false);
        await ReplaceAllAsync(tx, IngestStatements.ReplaceMentions, reportId,
            g.Mentions.Select(m => Row(("factId", m.FactId), ("fingerprint", m.Fingerprint))).ToList(), ct).ConfigureAwait(false);
    }

    private async Task ReplaceAllAsync(Neo4jTransaction tx, CypherStatement replace, string reportId, List<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        var first = rows.Take(_options.WriteBatchSize).ToList();
        await Run(tx, replace, P(("reportId", reportId), ("rows", first)), ct).ConfigureAwait(false);
        var rest = rows.Skip(first.Count).Chunk(_options.WriteBatchSize);
        // Later batches must not clear what the first wrote: they go through the append-only twin.
        var append = replace == IngestStatements.ReplaceEvidence ? IngestStatements.AppendEvidence : IngestStatements.AppendMentions;
        foreach (var chunk in rest) await Run(tx, append, P(("reportId", reportId), ("rows", chunk.ToList())), ct).ConfigureAwait(false);
    }

    private static async Task<ReportGraph> ResolveAliasesAsync(Neo4jTransaction tx, ReportGraph graph, CancellationToken ct)
    {
        var aliases = await Run(tx, IngestStatements.Aliases, null, ct).ConfigureAwait(false);
        var keptIdOf = aliases.Records.ToDictionary(r => r.Get<string>("mergedId"), r => r.Get<string>("keptId"), StringComparer.Ordinal);
        return graph.Redirect(keptIdOf); // the storage layer's own redirect: same resolution as SQLite
    }

    private static async Task DeleteOrphansAsync(Neo4jTransaction tx, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        foreach (var label in GraphSchema.SharedLabels)
            await Run(tx, IngestStatements.DeleteOrphans(label), P(("ids", ids.ToList())), ct).ConfigureAwait(false);
        await Run(tx, IngestStatements.DeleteOrphanBasedOn, P(("ids", ids.ToList())), ct).ConfigureAwait(false);
    }

    private static async Task<long> BumpVersionAsync(Neo4jTransaction tx, CancellationToken ct) =>
        (await Run(tx, IngestStatements.BumpVersion, null, ct).ConfigureAwait(false)).Single().Get<long>("version");

    private async Task Batched(Neo4jTransaction tx, CypherStatement statement, IEnumerable<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(_options.WriteBatchSize))
            await Run(tx, statement, P(("rows", chunk.ToList())), ct).ConfigureAwait(false);
    }

    private static Task<Neo4jResult> Run(Neo4jTransaction tx, CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct) =>
        tx.RunAsync(statement.Text, parameters, ct);

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] items) => items.ToDictionary(i => i.Key, i => i.Value);
}
