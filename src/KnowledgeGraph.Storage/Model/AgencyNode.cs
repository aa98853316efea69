using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Model;

/// <summary>A body of a region. <see cref="Name"/> carries the region (高邑县司法局); <see cref="Aliases"/> the spellings seen.</summary>
public sealed record AgencyNode(
    string Id,
    string Name,
    AgencyKind Kind,
    string? RegionId,
    IReadOnlyList<string> Aliases,
    FactStatus Curation) : GraphNode(Id)
{
    public override string Label => NodeLabels.Agency;
}
