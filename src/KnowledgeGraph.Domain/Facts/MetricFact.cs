namespace KnowledgeGraph.Domain.Facts;

/// <summary>A figure of the year; rates are numbers with unit "%".</summary>
public sealed record MetricFact
{
    public required string Name { get; init; }
    public required decimal Value { get; init; }
    public string? Unit { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
