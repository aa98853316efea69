using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Model;

/// <summary>Who answers for what: role, holder (resolved to an agency when one matches), task.</summary>
public sealed record ResponsibilityNode(
    string Id,
    string ReportId,
    string RegionId,
    int Year,
    ResponsibilityRole Role,
    string Holder,
    string? HolderId,
    string? Task,
    FactStatus Curation) : GraphNode(Id)
{
    public override string Label => NodeLabels.Responsibility;
}
