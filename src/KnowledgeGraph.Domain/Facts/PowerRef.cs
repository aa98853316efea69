namespace KnowledgeGraph.Domain.Facts;

/// <summary>A category of administrative power (行政处罚, 行政许可 …) within a field (宗教管理, 交通运输管理 …); either may be unknown.</summary>
public sealed record PowerRef(string? Category, string? Field);
