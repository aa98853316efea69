using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Store;

// IGraphReader lists: filters, sorts and Relay paging.
public sealed partial class Neo4jGraphStore
{
    public Task<Page<RegionNode>> ListRegionsAsync(RegionFilter filter, IReadOnlyList<SortOrder<RegionSortField>> order, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync<RegionNode>(ListQueries.Regions(filter, order), page, cancellationToken);

    public Task<Page<AgencyNode>> ListAgenciesAsync(AgencyFilter filter, IReadOnlyList<SortOrder<AgencySortField>> order, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync<AgencyNode>(ListQueries.Agencies(filter, order), page, cancellationToken);

    public Task<Page<DocumentNode>> ListDocumentsAsync(DocumentFilter filter, IReadOnlyList<SortOrder<DocumentSortField>> order, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync<DocumentNode>(ListQueries.Documents(filter, order), page, cancellationToken);

    public Task<Page<DelegationNode>> ListDelegationsAsync(DelegationFilter filter, IReadOnlyList<SortOrder<DelegationSortField>> order, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync<DelegationNode>(ListQueries.Delegations(filter, order), page, cancellationToken);

    public Task<Page<ProblemNode>> ListProblemsAsync(ProblemFilter filter, IReadOnlyList<SortOrder<ProblemSortField>> order, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync<ProblemNode>(ListQueries.Problems(filter, order), page, cancellationToken);

    public Task<Page<ResponsibilityNode>> ListResponsibilitiesAsync(ResponsibilityFilter filter, IReadOnlyList<SortOrder<ResponsibilitySortField>> order, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync<ResponsibilityNode>(ListQueries.Responsibilities(filter, order), page, cancellationToken);

    public Task<Page<MetricNode>> ListMetricsAsync(MetricFilter filter, IReadOnlyList<SortOrder<MetricSortField>> order, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync<MetricNode>(ListQueries.Metrics(filter, order), page, cancellationToken);

    public Task<Page<ReportNode>> ListReportsAsync(ReportFilter filter, IReadOnlyList<SortOrder<ReportSortField>> order, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync<ReportNode>(ListQueries.Reports(filter, order), page, cancellationToken);

    private async Task<Page<T>> ListAsync<T>(ListQueries.ListQuery query, PageRequest page, CancellationToken ct) where T : GraphNode
    {
        ArgumentNullException.ThrowIfNull(page);
        var size = page.Size;
        long? total = null;
        async Task<long> Total() => total ??= (await ReadAsync(query.Count, query.Where.Parameters, ct).ConfigureAwait(false)).Single().Get<long>("total");

        long start;
        long end; // exclusive; long.MaxValue when open-ended
        if (page.Backward)
        {
            end = page.Before is not null ? PageCursor.Decode(page.Before, query.Signature) : await Total().ConfigureAwait(false);
            start = page.After is not null ? PageCursor.Decode(page.After, query.Signature) + 1 : 0;
            start = Math.Max(start, end - size);
        }
        else
        {
            start = page.After is not null ? PageCursor.Decode(page.After, query.Signature) + 1 : 0;
            end = page.Before is not null ? PageCursor.Decode(page.Before, query.Signature) : long.MaxValue;
        }

        // One row more than asked tells whether a next page exists without counting.
        var want = page.Backward ? end - start : Math.Min(size + 1L, end - start);
        var rows = new List<T>();
        if (want > 0)
        {
            var parameters = new Dictionary<string, object?>(query.Where.Parameters) { ["skip"] = start, ["limit"] = want };
            var result = await ReadAsync(query.Page, parameters, ct).ConfigureAwait(false);
            rows.AddRange(result.Records.Select(r => (T)NodeProperties.Read(query.Label, r.Get<IReadOnlyDictionary<string, object?>>("props"))));
        }

        var hasNext = page.Backward ? end < await Total().ConfigureAwait(false) : rows.Count > size;
        if (rows.Count > size) rows.RemoveRange(size, rows.Count - size);
        var edges = rows.Select((node, i) => new Edge<T>(PageCursor.Encode(query.Signature, start + i), node)).ToList();
        var info = new PageInfo(hasNext, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        int? count = page.IncludeTotalCount ? (int)await Total().ConfigureAwait(false) : null;
        return new Page<T>(edges, info, count);
    }
}
