namespace KnowledgeGraph.Domain.Facts;

/// <summary>A township-level body (乡, 镇, 街道, 办事处) or a park/zone named in the report.</summary>
public sealed record TownshipFact
{
    public required string Name { get; init; }
    public RegionLevel Level { get; init; } = RegionLevel.Township;
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
