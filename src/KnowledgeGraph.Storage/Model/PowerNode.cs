namespace KnowledgeGraph.Storage.Model;

/// <summary>A category of administrative power (行政处罚 …) within a field (宗教管理 …); either may be unknown.</summary>
public sealed record PowerNode(string Id, string? Category, string? Field) : GraphNode(Id)
{
    public override string Label => NodeLabels.Power;
}
