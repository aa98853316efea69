namespace KnowledgeGraph.Domain.Facts;

/// <summary>One act of handing powers down: from a body, to townships/agencies/parks, under a document.</summary>
public sealed record DelegationFact
{
    public DelegationMode Mode { get; init; }
    public string? From { get; init; }
    /// <summary>Recipients as written: named townships, agencies or parks, or a collective such as 各乡镇 / 5个乡镇.</summary>
    public IReadOnlyList<string> To { get; init; } = [];
    /// <summary>The matters as the text words them (行政处罚事项, 宗教事务管理 …).</summary>
    public string? Matters { get; init; }
    public IReadOnlyList<PowerRef> Powers { get; init; } = [];
    public int? ItemCount { get; init; }
    /// <summary>How many recipients a collective names (5个乡镇 → 5) when they are not listed.</summary>
    public int? RecipientCount { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Title of the authorizing document.</summary>
    public string? AuthorizedBy { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
