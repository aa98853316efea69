using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage.Ingestion;

/// <summary>Document → Document it was made under; <see cref="Id"/> is <see cref="FactIds.BasedOn"/>.</summary>
public sealed record BasisEdge(string Id, string DocumentId, string BasisId);

/// <summary>Delegation → Power it covers.</summary>
public sealed record CoversEdge(string DelegationId, string PowerId);

/// <summary>A node or edge a report states, with a fingerprint of what it states (to count added/updated/unchanged).</summary>
public sealed record Mention(string FactId, string Fingerprint);

/// <summary>
/// A report's facts resolved into graph rows with stable ids, ready for any backend to write in one transaction.
/// Shared nodes (regions, agencies, documents, powers, BASED_ON links) may already exist from other reports;
/// everything else belongs to this report alone.
/// </summary>
public sealed record ReportGraph
{
    public required ReportNode Report { get; init; }
    public required string OriginalText { get; init; }
    /// <summary>Parents before children, so PART_OF always points at a written row.</summary>
    public required IReadOnlyList<RegionNode> Regions { get; init; }
    public required IReadOnlyList<AgencyNode> Agencies { get; init; }
    public required IReadOnlyList<DocumentNode> Documents { get; init; }
    public required IReadOnlyList<PowerNode> Powers { get; init; }
    public required IReadOnlyList<BasisEdge> BasedOn { get; init; }
    public required IReadOnlyList<DelegationNode> Delegations { get; init; }
    public required IReadOnlyList<DelegationRecipient> Recipients { get; init; }
    public required IReadOnlyList<CoversEdge> Covers { get; init; }
    public required IReadOnlyList<ResponsibilityNode> Responsibilities { get; init; }
    public required IReadOnlyList<ProblemNode> Problems { get; init; }
    public required IReadOnlyList<MetricNode> Metrics { get; init; }
    public required IReadOnlyList<SentenceNode> Sentences { get; init; }
    public required IReadOnlyList<EvidenceRecord> Evidence { get; init; }
    /// <summary>Every fact the report states, each once, ordered by id.</summary>
    public required IReadOnlyList<Mention> Mentions { get; init; }

    /// <summary>Ids of the shared nodes and links this report states.</summary>
    public IEnumerable<string> SharedIds =>
        Regions.Select(r => r.Id).Concat(Agencies.Select(a => a.Id)).Concat(Documents.Select(d => d.Id))
            .Concat(Powers.Select(p => p.Id)).Concat(BasedOn.Select(b => b.Id));
}
