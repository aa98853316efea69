namespace KnowledgeGraph.Storage.Model;

/// <summary>
/// A category of administrative power (行政处罚 …) within a field (宗教管理 …), either may be unknown; or, when
/// Item is set, one catalogued matter of that category and field (对未取得燃气经营许可证从事燃气经营活动的处罚).
/// </summary>
public sealed record PowerNode(string Id, string? Category, string? Field, string? Item = null) : GraphNode(Id)
{
    public override string Label => NodeLabels.Power;
}
