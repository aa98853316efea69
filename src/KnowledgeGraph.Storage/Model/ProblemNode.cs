using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Model;

/// <summary>A shortcoming a report admits for its region and year.</summary>
public sealed record ProblemNode(
    string Id,
    string ReportId,
    string RegionId,
    int Year,
    string Text,
    string? Category,
    int? Found,
    int? Rectified,
    ProblemStatus Status,
    FactStatus Curation) : GraphNode(Id)
{
    public override string Label => NodeLabels.Problem;
}
