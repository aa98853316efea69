using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>Dashboard aggregations over the list filters; the grouping dimensions are boolean parameters, not text.</summary>
public static class AggregationQueries
{
    public static (CypherStatement Statement, Dictionary<string, object?> Parameters) Metrics(MetricFilter filter, AggregateDimensions groupBy)
    {
        var list = ListQueries.Metrics(filter, []);
        var statement = new CypherStatement("Aggregate.Metrics", $"""
            {list.Match}
            WITH n,
                 CASE WHEN $byRegion THEN n.regionId END AS regionId,
                 CASE WHEN $byYear THEN n.year END AS year,
                 CASE WHEN $byName THEN n.name END AS name,
                 CASE WHEN $byUnit THEN n.unit END AS unit
            RETURN regionId, year, name, unit, count(n) AS count, sum(n.value) AS sum, min(n.value) AS min, max(n.value) AS max
            ORDER BY regionId, year, name, unit
            """, [.. list.Where.Parameters.Keys, "byRegion", "byYear", "byName", "byUnit"]);
        var parameters = new Dictionary<string, object?>(list.Where.Parameters)
        {
            ["byRegion"] = groupBy.HasFlag(AggregateDimensions.Region), ["byYear"] = groupBy.HasFlag(AggregateDimensions.Year),
            ["byName"] = groupBy.HasFlag(AggregateDimensions.Name), ["byUnit"] = groupBy.HasFlag(AggregateDimensions.Unit),
        };
        return (statement, parameters);
    }

    public static (CypherStatement Statement, Dictionary<string, object?> Parameters) Problems(ProblemFilter filter, AggregateDimensions groupBy)
    {
        var list = ListQueries.Problems(filter, []);
        var statement = new CypherStatement("Aggregate.Problems", $"""
            {list.Match}
            WITH n,
                 CASE WHEN $byRegion THEN n.regionId END AS regionId,
                 CASE WHEN $byYear THEN n.year END AS year,
                 CASE WHEN $byCategory THEN n.category END AS category,
                 CASE WHEN $byStatus THEN n.status END AS status
            RETURN regionId, year, category, status, count(n) AS count, sum(coalesce(n.found, 0)) AS found, sum(coalesce(n.rectified, 0)) AS rectified
            ORDER BY regionId, year, category, {StatusOrder}
            """, [.. list.Where.Parameters.Keys, "byRegion", "byYear", "byCategory", "byStatus"]);
        var parameters = new Dictionary<string, object?>(list.Where.Parameters)
        {
            ["byRegion"] = groupBy.HasFlag(AggregateDimensions.Region), ["byYear"] = groupBy.HasFlag(AggregateDimensions.Year),
            ["byCategory"] = groupBy.HasFlag(AggregateDimensions.Category), ["byStatus"] = groupBy.HasFlag(AggregateDimensions.Status),
        };
        return (statement, parameters);
    }

    /// <summary>
    /// Statuses are stored by name; groups follow the enum's order (Open, Rectifying, Rectified) as SQLite's numbers do.
    /// Groups without a value of a dimension come last, as Cypher's ascending order puts nulls.
    /// </summary>
    private static readonly string StatusOrder = "CASE status " +
        string.Join(" ", Enum.GetValues<ProblemStatus>().Select(v => $"WHEN '{v}' THEN {(int)v}")) + " END";

    public static IEnumerable<CypherStatement> Samples() =>
    [
        Metrics(new MetricFilter { Year = new IntMatch { Eq = 2021 }, Name = new StringMatch { Contains = "率" } }, AggregateDimensions.Region).Statement,
        Problems(new ProblemFilter { Category = new StringMatch { Eq = "执法" } }, AggregateDimensions.Year).Statement,
    ];
}
