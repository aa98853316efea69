namespace KnowledgeGraph.Storage.Model;

/// <summary>A figure of the year for a region; rates have unit "%".</summary>
public sealed record MetricNode(
    string Id,
    string ReportId,
    string RegionId,
    int Year,
    string Name,
    decimal Value,
    string? Unit,
    FactStatus Curation) : GraphNode(Id)
{
    public override string Label => NodeLabels.Metric;
}
