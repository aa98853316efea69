namespace KnowledgeGraph.Domain.Facts;

/// <summary>A shortcoming the report admits, with counts where it gives them (发现…N个, 已整改M个).</summary>
public sealed record ProblemFact
{
    public required string Text { get; init; }
    public string? Category { get; init; }
    public int? Found { get; init; }
    public int? Rectified { get; init; }
    public ProblemStatus Status { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
