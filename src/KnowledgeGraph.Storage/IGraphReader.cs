using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Reads nodes and edges. Batch methods take many ids and answer in one round trip: the API's DataLoaders call
/// them once per level of a query. Rejected facts are never returned.
/// </summary>
public interface IGraphReader
{
    /// <summary>Nodes of any label by id; ids not found (or rejected) are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each id, the ids of the nodes joined to it by <paramref name="relation"/> in <paramref name="direction"/>,
    /// in a stable order. Every requested id is a key (with an empty list when it has no neighbours).
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNeighborsAsync(
        IReadOnlyCollection<string> ids, Relation relation, Direction direction, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="GetNeighborsAsync"/> keeping only the neighbours labelled <paramref name="neighborLabel"/>, in the same
    /// order; where the relation joins several labels (a region's incoming ABOUT: its reports and every fact about it)
    /// the others are not read at all.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetNeighborsOfLabelAsync(
        IReadOnlyCollection<string> ids, Relation relation, Direction direction, string neighborLabel, CancellationToken cancellationToken = default);

    /// <summary>The recipients of many delegations as written, with whether each is a collective (各乡镇).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<DelegationRecipient>>> GetRecipientsAsync(
        IReadOnlyCollection<string> delegationIds, CancellationToken cancellationToken = default);

    /// <summary>Evidence of many facts (node or edge ids), ordered by report and position.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<EvidenceRecord>>> GetEvidenceAsync(
        IReadOnlyCollection<string> factIds, CancellationToken cancellationToken = default);

    /// <summary>The original text of a report (so evidence spans can be shown); null when absent.</summary>
    Task<string?> GetReportTextAsync(string reportId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CurationEntry>> GetCurationLogAsync(string factId, CancellationToken cancellationToken = default);

    Task<Page<RegionNode>> ListRegionsAsync(RegionFilter filter, IReadOnlyList<SortOrder<RegionSortField>> order, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<AgencyNode>> ListAgenciesAsync(AgencyFilter filter, IReadOnlyList<SortOrder<AgencySortField>> order, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<DocumentNode>> ListDocumentsAsync(DocumentFilter filter, IReadOnlyList<SortOrder<DocumentSortField>> order, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<DelegationNode>> ListDelegationsAsync(DelegationFilter filter, IReadOnlyList<SortOrder<DelegationSortField>> order, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<ProblemNode>> ListProblemsAsync(ProblemFilter filter, IReadOnlyList<SortOrder<ProblemSortField>> order, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<ResponsibilityNode>> ListResponsibilitiesAsync(ResponsibilityFilter filter, IReadOnlyList<SortOrder<ResponsibilitySortField>> order, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<MetricNode>> ListMetricsAsync(MetricFilter filter, IReadOnlyList<SortOrder<MetricSortField>> order, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>
    /// The first <paramref name="limit"/> delegations of each of many regions in one round trip: per region id, exactly
    /// what <see cref="ListDelegationsAsync"/> answers with <paramref name="filter"/>'s RegionId set to that region (the
    /// region and everything PART_OF it), in the same order. The filter's own RegionId must be null; every requested id
    /// is a key (with an empty list when nothing matches).
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<DelegationNode>>> ListDelegationsByRegionAsync(IReadOnlyCollection<string> regionIds,
        DelegationFilter filter, IReadOnlyList<SortOrder<DelegationSortField>> order, int limit, CancellationToken cancellationToken = default);

    /// <summary>Per region, the first <paramref name="limit"/> of <see cref="ListProblemsAsync"/> in it (as <see cref="ListDelegationsByRegionAsync"/>).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<ProblemNode>>> ListProblemsByRegionAsync(IReadOnlyCollection<string> regionIds,
        ProblemFilter filter, IReadOnlyList<SortOrder<ProblemSortField>> order, int limit, CancellationToken cancellationToken = default);

    /// <summary>Per region, the first <paramref name="limit"/> of <see cref="ListMetricsAsync"/> in it (as <see cref="ListDelegationsByRegionAsync"/>).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<MetricNode>>> ListMetricsByRegionAsync(IReadOnlyCollection<string> regionIds,
        MetricFilter filter, IReadOnlyList<SortOrder<MetricSortField>> order, int limit, CancellationToken cancellationToken = default);

    Task<Page<ReportNode>> ListReportsAsync(ReportFilter filter, IReadOnlyList<SortOrder<ReportSortField>> order, PageRequest page, CancellationToken cancellationToken = default);
}
