namespace KnowledgeGraph.Domain.Facts;

/// <summary>
/// A category of administrative power (行政处罚, 行政许可 …) within a field (宗教管理, 交通运输管理 …); either may be
/// unknown. Item names one catalogued matter (事项清单 item, e.g. 对未取得燃气经营许可证从事燃气经营活动的处罚) when
/// the delegation's matter list is known — the text of a report names categories, the authorizing document's
/// appendix lists the items.
/// </summary>
public sealed record PowerRef(string? Category, string? Field, string? Item = null);
