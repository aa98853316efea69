using KnowledgeGraph.Domain;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Store;

// IGraphReader: batch reads by id.
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = await ReadNodesAsync(ids.Distinct().ToList(), cancellationToken).ConfigureAwait(false);

        // ids merged away answer with the node they were merged into
        var missing = ids.Where(id => !found.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0) return found;
        var aliases = await ReadAsync(ReadStatements.AliasesOf, P(("ids", missing)), cancellationToken).ConfigureAwait(false);
        var kept = aliases.Records.ToDictionary(r => r.Get<string>("mergedId"), r => r.Get<string>("keptId"), StringComparer.Ordinal);
        if (kept.Count == 0) return found;
        var keptNodes = await ReadNodesAsync(kept.Values.Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var (merged, keptId) in kept)
        {
            if (keptNodes.TryGetValue(keptId, out var node)) found[merged] = node;
        }
        return found;
    }

    private async Task<Dictionary<string, GraphNode>> ReadNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var group in ids.GroupBy(id => StableId.TypeOf(id)).Where(g => g.Key is not null && NodeLabels.All.Contains(g.Key)))
        {
            var result = await ReadAsync(ReadStatements.NodesById(group.Key!), P(("ids", group.ToList())), cancellationToken).ConfigureAwait(false);
            foreach (var record in result.Records)
            {
                var node = NodeProperties.Read(group.Key!, record.Get<IReadOnlyDictionary<string, object?>>("props"));
                found[node.Id] = node;
            }
        }
        return found;
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNeighborsAsync(
        IReadOnlyCollection<string> ids, Relation relation, Direction direction, CancellationToken cancellationToken = default) =>
        NeighborsAsync(ids, relation, direction, null, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNeighborsOfLabelAsync(
        IReadOnlyCollection<string> ids, Relation relation, Direction direction, string neighborLabel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(neighborLabel);
        return NeighborsAsync(ids, relation, direction, neighborLabel, cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> NeighborsAsync(
        IReadOnlyCollection<string> ids, Relation relation, Direction direction, string? neighborLabel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var neighbors = ids.Distinct().ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        var (from, to) = ReadStatements.Ends(relation);
        var (anchors, far) = direction == Direction.Outgoing ? (from, to) : (to, from);
        if (neighborLabel is not null && !far.Contains(neighborLabel)) anchors = []; // no such neighbour can exist
        foreach (var group in neighbors.Keys.GroupBy(id => StableId.TypeOf(id)).Where(g => g.Key is not null && anchors.Contains(g.Key)))
        {
            var statement = neighborLabel is null
                ? ReadStatements.Neighbors(group.Key!, relation, direction)
                : ReadStatements.NeighborsOfLabel(group.Key!, relation, direction, neighborLabel);
            var result = await ReadAsync(statement, P(("ids", group.ToList())), cancellationToken).ConfigureAwait(false);
            foreach (var record in result.Records) neighbors[record.Get<string>("id")].Add(record.Get<string>("neighbor"));
        }
        return neighbors.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DelegationRecipient>>> GetRecipientsAsync(
        IReadOnlyCollection<string> delegationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delegationIds);
        var result = await ReadAsync(ReadStatements.Recipients, P(("ids", delegationIds.Distinct().ToList())), cancellationToken).ConfigureAwait(false);
        var byDelegation = result.Records.Select(r => new DelegationRecipient(r.Get<string>("delegationId"), r.Get<string>("targetId"),
                r.Get<string>("targetLabel"), r.Get<string>("name"), r.Get<bool>("collective")))
            .ToLookup(r => r.DelegationId, StringComparer.Ordinal);
        return delegationIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<DelegationRecipient>)byDelegation[id].ToList(), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EvidenceRecord>>> GetEvidenceAsync(
        IReadOnlyCollection<string> factIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factIds);
        var result = await ReadAsync(ReadStatements.Evidence, P(("ids", factIds.Distinct().ToList())), cancellationToken).ConfigureAwait(false);
        var byFact = result.Records.Select(r => new EvidenceRecord(r.Get<string>("factId"), r.Get<string>("reportId"),
                r.Get<int>("start"), r.Get<int>("end"), r.Get<string>("quote")))
            .ToLookup(e => e.FactId, StringComparer.Ordinal);
        return factIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<EvidenceRecord>)byFact[id].ToList(), StringComparer.Ordinal);
    }

    public async Task<string?> GetReportTextAsync(string reportId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(reportId);
        var result = await ReadAsync(ReadStatements.ReportText, P(("reportId", reportId)), cancellationToken).ConfigureAwait(false);
        return result.SingleOrDefault()?.Get<string?>("text");
    }

    public async Task<IReadOnlyList<CurationEntry>> GetCurationLogAsync(string factId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(factId);
        var result = await ReadAsync(ReadStatements.CurationLog, P(("factId", factId)), cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => new CurationEntry(r.Get<long>("sequence"), r.Get<string>("factId"), r.Get<string>("action"),
            r.Get<string>("actor"), r.Get<string?>("note"), r.Get<string?>("detail"), r.Get<long>("graphVersion"))).ToList();
    }
}
