namespace KnowledgeGraph.Domain.Facts;

/// <summary>What a report says about itself: whose it is, which year it covers, who signed it and when.</summary>
public sealed record ReportMeta
{
    public required string Jurisdiction { get; init; }       // 高邑县
    public RegionLevel Level { get; init; }
    public string? ParentCity { get; init; }                  // 石家庄市 / 阿勒泰地区
    public string? Province { get; init; }                    // 河北省
    public required int Year { get; init; }                   // the year reported on
    public string? Issuer { get; init; }                      // from the signature block
    public DateOnly? IssuedDate { get; init; }
    public string? Title { get; init; }
}
