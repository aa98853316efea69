using System.Globalization;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<MetricGroup>> AggregateMetricsAsync(MetricFilter filter, AggregateDimensions groupBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var w = MetricWhere(filter);
        var dims = Dimensions(groupBy, (AggregateDimensions.Region, "m.region_id"), (AggregateDimensions.Year, "m.year"),
            (AggregateDimensions.Name, "m.name"), (AggregateDimensions.Unit, "m.unit"));
        var sql = $"""
            SELECT {dims.Select}, COUNT(*), TOTAL(CAST(m.value AS REAL)), MIN(CAST(m.value AS REAL)), MAX(CAST(m.value AS REAL))
            FROM metric m WHERE m.status <> 3 AND {w.Sql} {dims.GroupBy}
            """;
        return await QueryAsync(sql, r => new MetricGroup(r.Text(0), r.Int(1), r.Text(2), r.Text(3), r.GetInt32(4),
                ToDecimal(r.GetDouble(5)), ToDecimal(r.GetDouble(6)), ToDecimal(r.GetDouble(7))),
            cancellationToken, w.Parameters.ToArray()).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ProblemGroup>> AggregateProblemsAsync(ProblemFilter filter, AggregateDimensions groupBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var w = ProblemWhere(filter);
        var dims = Dimensions(groupBy, (AggregateDimensions.Region, "pb.region_id"), (AggregateDimensions.Year, "pb.year"),
            (AggregateDimensions.Category, "pb.category"), (AggregateDimensions.Status, "pb.problem_status"));
        var sql = $"""
            SELECT {dims.Select}, COUNT(*), TOTAL(COALESCE(pb.found, 0)), TOTAL(COALESCE(pb.rectified, 0))
            FROM problem pb WHERE pb.status <> 3 AND {w.Sql} {dims.GroupBy}
            """;
        return await QueryAsync(sql, r => new ProblemGroup(r.Text(0), r.Int(1), r.Text(2), r.IsDBNull(3) ? null : (ProblemStatus)r.GetInt32(3),
                r.GetInt32(4), (int)r.GetDouble(5), (int)r.GetDouble(6)),
            cancellationToken, w.Parameters.ToArray()).ConfigureAwait(false);
    }

    /// <summary>Selected dimensions become columns and GROUP BY terms; unselected ones are NULL columns so readers keep fixed ordinals.</summary>
    private static (string Select, string GroupBy) Dimensions(AggregateDimensions groupBy, params (AggregateDimensions Flag, string Column)[] all)
    {
        var select = all.Select(d => groupBy.HasFlag(d.Flag) ? d.Column : "NULL");
        var used = all.Where(d => groupBy.HasFlag(d.Flag)).Select(d => d.Column).ToList();
        // groups by each dimension, those without a value (no unit, no category) last, as Neo4j orders them
        var group = used.Count == 0 ? "" : $"GROUP BY {string.Join(", ", used)} ORDER BY {string.Join(", ", used.Select(c => $"{c} IS NULL, {c}"))}";
        return (string.Join(", ", select), group);
    }

    private static decimal ToDecimal(double value) => decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
