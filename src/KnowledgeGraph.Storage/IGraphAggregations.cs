using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage;

/// <summary>Dashboard figures: metrics and problems grouped by region, year and category.</summary>
public interface IGraphAggregations
{
    Task<IReadOnlyList<MetricGroup>> AggregateMetricsAsync(
        MetricFilter filter, AggregateDimensions groupBy, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ProblemGroup>> AggregateProblemsAsync(
        ProblemFilter filter, AggregateDimensions groupBy, CancellationToken cancellationToken = default);
}
