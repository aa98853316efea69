using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Queries;

/// <summary>Which dimensions a dashboard aggregation groups by; unselected dimensions come back null.</summary>
[Flags]
public enum AggregateDimensions
{
    None = 0,
    Region = 1,
    Year = 2,
    /// <summary>Metric name.</summary>
    Name = 4,
    /// <summary>Metric unit.</summary>
    Unit = 8,
    /// <summary>Problem category.</summary>
    Category = 16,
    /// <summary>Problem status.</summary>
    Status = 32,
}

public sealed record MetricGroup(string? RegionId, int? Year, string? Name, string? Unit, int Count, decimal Sum, decimal Min, decimal Max);

public sealed record ProblemGroup(string? RegionId, int? Year, string? Category, ProblemStatus? Status, int Count, int Found, int Rectified);
