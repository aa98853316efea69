using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Model;

/// <summary>A province, city, county-level jurisdiction, zone or township; PART_OF its parent when known.</summary>
public sealed record RegionNode(string Id, string Name, RegionLevel Level, string? ParentId, FactStatus Curation) : GraphNode(Id)
{
    public override string Label => NodeLabels.Region;
}
