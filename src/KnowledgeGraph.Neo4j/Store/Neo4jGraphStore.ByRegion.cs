using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Store;

// Lists of many regions in one statement, for the API's DataLoaders: the list's own filter and order, cut per region.
public sealed partial class Neo4jGraphStore
{
    public Task<IReadOnlyDictionary<string, IReadOnlyList<DelegationNode>>> ListDelegationsByRegionAsync(IReadOnlyCollection<string> regionIds,
        DelegationFilter filter, IReadOnlyList<SortOrder<DelegationSortField>> order, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        NoRegionId(filter.RegionId);
        return ByRegionAsync<DelegationNode>(regionIds, ListQueries.Delegations(filter, order), limit, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<ProblemNode>>> ListProblemsByRegionAsync(IReadOnlyCollection<string> regionIds,
        ProblemFilter filter, IReadOnlyList<SortOrder<ProblemSortField>> order, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        NoRegionId(filter.RegionId);
        return ByRegionAsync<ProblemNode>(regionIds, ListQueries.Problems(filter, order), limit, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<MetricNode>>> ListMetricsByRegionAsync(IReadOnlyCollection<string> regionIds,
        MetricFilter filter, IReadOnlyList<SortOrder<MetricSortField>> order, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        NoRegionId(filter.RegionId);
        return ByRegionAsync<MetricNode>(regionIds, ListQueries.Metrics(filter, order), limit, cancellationToken);
    }

    private static void NoRegionId(string? regionId)
    {
        if (regionId is not null) throw new ArgumentException("Each requested region stands for the filter's RegionId; leave it null.", nameof(regionId));
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> ByRegionAsync<T>(IReadOnlyCollection<string> regionIds, ListQueries.ListQuery query,
        int limit, CancellationToken ct) where T : GraphNode
    {
        ArgumentNullException.ThrowIfNull(regionIds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var result = regionIds.Distinct().ToDictionary(id => id, _ => new List<T>(), StringComparer.Ordinal);
        if (result.Count > 0)
        {
            var parameters = new Dictionary<string, object?>(query.Where.Parameters) { ["regionIds"] = result.Keys.ToList(), ["limit"] = (long)limit };
            var found = await ReadAsync(query.ByRegion, parameters, ct).ConfigureAwait(false);
            foreach (var record in found.Records)
            {
                result[record.Get<string>("regionId")].Add((T)NodeProperties.Read(query.Label, record.Get<IReadOnlyDictionary<string, object?>>("props")));
            }
        }
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)kv.Value, StringComparer.Ordinal);
    }
}
