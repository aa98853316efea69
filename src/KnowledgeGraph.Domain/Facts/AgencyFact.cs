namespace KnowledgeGraph.Domain.Facts;

/// <summary>A body named in the report. Name is as written (县司法局); Normalized carries the region (高邑县司法局).</summary>
public sealed record AgencyFact
{
    public required string Name { get; init; }
    public required string Normalized { get; init; }
    public AgencyKind Kind { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
