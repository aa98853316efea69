namespace KnowledgeGraph.Domain.Facts;

public sealed record ResponsibilityFact
{
    public required string Holder { get; init; }
    public ResponsibilityRole Role { get; init; }
    public string? Task { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
