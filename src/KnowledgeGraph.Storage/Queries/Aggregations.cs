namespace KnowledgeGraph.Storage.Queries;

/// <summary>Which dimensions a dashboard aggregation groups by; unselected dimensions come back null.</summary>
[Flags]
public enum AggregateDimensions
{
    None = 0,
    Region = 1,
    Year = 2,
    /// <summary>Problem category, or metric name for metrics.</summary>
    Category = 4,
}

public sealed record MetricGroup(string? RegionId, int? Year, string? Name, string? Unit, int Count, decimal Sum, decimal Min, decimal Max);

public sealed record ProblemGroup(string? RegionId, int? Year, string? Category, int Count, int FoundTotal, int RectifiedTotal);
