using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage.Ingestion;

/// <summary>Applies entity merges (merged id → kept id) to a report's rows before they are written.</summary>
public static class ReportGraphRedirect
{
    public static ReportGraph Redirect(this ReportGraph graph, IReadOnlyDictionary<string, string> kept)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(kept);
        if (kept.Count == 0) return graph;
        string R(string id) => kept.TryGetValue(id, out var k) ? k : id;
        string? N(string? id) => id is null ? null : R(id);

        // parents stay before children: a redirected region takes the place of its first spelling
        var regions = graph.Regions.Select(g => g with { Id = R(g.Id), ParentId = N(g.ParentId) })
            .DistinctBy(g => g.Id, StringComparer.Ordinal).ToList();
        var powers = graph.Powers.Select(p => p with { Id = R(p.Id) })
            .DistinctBy(p => p.Id, StringComparer.Ordinal).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var agencies = graph.Agencies
            .Select(a => kept.ContainsKey(a.Id) ? a with { Id = R(a.Id), Aliases = a.Aliases.Append(a.Name).ToList() } : a)
            .Select(a => a with { RegionId = N(a.RegionId) })
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .Select(g => g.First() with { Aliases = g.SelectMany(a => a.Aliases).Distinct().Order(StringComparer.Ordinal).ToList() })
            .OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var documents = graph.Documents.Select(d => d with { Id = R(d.Id), IssuerId = N(d.IssuerId), RegionId = N(d.RegionId) })
            .GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

        // BASED_ON ids derive from their ends: moved ends give new link ids, and their evidence follows.
        var linkIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var basedOn = new List<BasisEdge>();
        foreach (var edge in graph.BasedOn)
        {
            var (from, to) = (R(edge.DocumentId), R(edge.BasisId));
            if (from == to) continue;
            var id = FactIds.BasedOn(from, to);
            linkIds[edge.Id] = id;
            if (basedOn.All(b => b.Id != id)) basedOn.Add(new BasisEdge(id, from, to));
        }
        string F(string id) => linkIds.TryGetValue(id, out var link) ? link : R(id);
        // a link whose two ends became one node is dropped, with its evidence
        bool Kept(string factId) => !factId.StartsWith("BasedOn:", StringComparison.Ordinal) || basedOn.Any(b => b.Id == factId);

        return graph with
        {
            Report = graph.Report with { RegionId = R(graph.Report.RegionId) },
            Regions = regions,
            Powers = powers,
            Covers = graph.Covers.Select(c => c with { PowerId = R(c.PowerId) }).Distinct().ToList(),
            Agencies = agencies,
            Documents = documents,
            BasedOn = basedOn.OrderBy(b => b.Id, StringComparer.Ordinal).ToList(),
            Delegations = graph.Delegations.Select(d => d with { RegionId = R(d.RegionId), FromId = N(d.FromId), AuthorizedById = N(d.AuthorizedById) }).ToList(),
            Recipients = graph.Recipients.Select(r => r with { TargetId = R(r.TargetId) }).Distinct().ToList(),
            Responsibilities = graph.Responsibilities.Select(r => r with { RegionId = R(r.RegionId), HolderId = N(r.HolderId) }).ToList(),
            Problems = graph.Problems.Select(p => p with { RegionId = R(p.RegionId) }).ToList(),
            Metrics = graph.Metrics.Select(m => m with { RegionId = R(m.RegionId) }).ToList(),
            Evidence = graph.Evidence.Select(e => e with { FactId = F(e.FactId) }).Where(e => Kept(e.FactId)).Distinct().ToList(),
            Mentions = graph.Mentions.Select(m => m with { FactId = F(m.FactId) }).Where(m => Kept(m.FactId))
                .GroupBy(m => m.FactId, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(m => m.FactId, StringComparer.Ordinal).ToList(),
        };
    }
}
