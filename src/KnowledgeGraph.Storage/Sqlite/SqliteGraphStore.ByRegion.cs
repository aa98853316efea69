using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using Key = KnowledgeGraph.Storage.Sqlite.KeysetPaging.Key;

namespace KnowledgeGraph.Storage.Sqlite;

// Lists of many regions in one statement, for the API's DataLoaders: the list's own WHERE and sort keys, numbered per
// region with a window function and cut at the limit.
public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyDictionary<string, IReadOnlyList<DelegationNode>>> ListDelegationsByRegionAsync(IReadOnlyCollection<string> regionIds,
        DelegationFilter filter, IReadOnlyList<SortOrder<DelegationSortField>> order, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        NoRegionId(filter.RegionId);
        return ByRegionAsync<DelegationNode>(regionIds, NodeRows.Delegation, "dl.region_id", DelegationWhere(filter), DelegationKeys(order), limit, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<ProblemNode>>> ListProblemsByRegionAsync(IReadOnlyCollection<string> regionIds,
        ProblemFilter filter, IReadOnlyList<SortOrder<ProblemSortField>> order, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        NoRegionId(filter.RegionId);
        return ByRegionAsync<ProblemNode>(regionIds, NodeRows.Problem, "pb.region_id", ProblemWhere(filter), ProblemKeys(order), limit, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<MetricNode>>> ListMetricsByRegionAsync(IReadOnlyCollection<string> regionIds,
        MetricFilter filter, IReadOnlyList<SortOrder<MetricSortField>> order, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        NoRegionId(filter.RegionId);
        return ByRegionAsync<MetricNode>(regionIds, NodeRows.Metric, "m.region_id", MetricWhere(filter), MetricKeys(order), limit, cancellationToken);
    }

    private static void NoRegionId(string? regionId)
    {
        if (regionId is not null) throw new ArgumentException("Each requested region stands for the filter's RegionId; leave it null.", nameof(regionId));
    }

    /// <summary>
    /// Per region: the rows of its sub-tree (the region and everything PART_OF it, to the depth InRegion follows) that
    /// pass <paramref name="where"/>, ordered by <paramref name="sortKeys"/> then id as a page of the list is, the first
    /// <paramref name="limit"/>.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> ByRegionAsync<T>(IReadOnlyCollection<string> regionIds, NodeRows rows,
        string regionColumn, SqlWhere where, List<Key> sortKeys, int limit, CancellationToken ct) where T : GraphNode
    {
        ArgumentNullException.ThrowIfNull(regionIds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var result = regionIds.Distinct().ToDictionary(id => id, _ => new List<T>(), StringComparer.Ordinal);
        if (result.Count == 0) return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)kv.Value, StringComparer.Ordinal);
        var keys = sortKeys.Append(new Key(rows.Alias + ".id", false)).ToList();
        var regions = where.P(Json(result.Keys));
        var cut = where.P(limit);
        // DISTINCT: a region reached twice in the walk down (at two depths) must not repeat its rows
        var sql = $"""
            WITH RECURSIVE sub(root, id, depth) AS (
                SELECT value, value, 0 FROM json_each({regions})
                UNION SELECT sub.root, r.id, sub.depth + 1 FROM region r JOIN sub ON r.parent_id = sub.id WHERE sub.depth < {RegionHierarchy.MaxDepth}),
            scope(root, id) AS (SELECT DISTINCT root, id FROM sub)
            SELECT * FROM (
                SELECT {rows.Select}, scope.root AS kg_root,
                       ROW_NUMBER() OVER (PARTITION BY scope.root ORDER BY {KeysetPaging.OrderBy(keys, reverse: false)}) AS kg_rank
                FROM scope JOIN {rows.Table} {rows.Alias} ON {regionColumn} = scope.id
                WHERE {rows.Visible} AND {where.Sql})
            WHERE kg_rank <= {cut}
            ORDER BY kg_root, kg_rank
            """;
        var columnCount = rows.Columns.Split(',').Length;
        var found = await QueryAsync(sql, r => (Root: r.GetString(columnCount), Node: (T)rows.Read(r)), ct, where.Parameters.ToArray()).ConfigureAwait(false);
        foreach (var (root, node) in found) result[root].Add(node);
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)kv.Value, StringComparer.Ordinal);
    }
}
