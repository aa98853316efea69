using System.Globalization;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Store;

// IGraphAggregations.
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<MetricGroup>> AggregateMetricsAsync(MetricFilter filter, AggregateDimensions groupBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (statement, parameters) = AggregationQueries.Metrics(filter, groupBy);
        var result = await ReadAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        static decimal D(object? v) => v is null ? 0m : Convert.ToDecimal(v, CultureInfo.InvariantCulture);
        return result.Records.Select(r => new MetricGroup(r.Get<string?>("regionId"), r.Get<int?>("year"), r.Get<string?>("name"), r.Get<string?>("unit"),
            r.Get<int>("count"), D(r["sum"]), D(r["min"]), D(r["max"]))).ToList();
    }

    public async Task<IReadOnlyList<ProblemGroup>> AggregateProblemsAsync(ProblemFilter filter, AggregateDimensions groupBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (statement, parameters) = AggregationQueries.Problems(filter, groupBy);
        var result = await ReadAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => new ProblemGroup(r.Get<string?>("regionId"), r.Get<int?>("year"), r.Get<string?>("category"),
            r.Get<string?>("status") is { } s && Enum.TryParse<ProblemStatus>(s, out var status) ? status : null,
            r.Get<int>("count"), r.Get<int>("found"), r.Get<int>("rectified"))).ToList();
    }
}
