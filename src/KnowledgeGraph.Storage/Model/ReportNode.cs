namespace KnowledgeGraph.Storage.Model;

/// <summary>An annual report: one per jurisdiction and year (a revision replaces the earlier text).</summary>
public sealed record ReportNode(
    string Id,
    string RegionId,
    string Jurisdiction,
    int Year,
    string? Title,
    string? Issuer,
    DateOnly? IssuedDate,
    string ContentHash,
    string? SourceName,
    int TextLength,
    DateTimeOffset LoadedAt) : GraphNode(Id)
{
    public override string Label => NodeLabels.Report;
}
