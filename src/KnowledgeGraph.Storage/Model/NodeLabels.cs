namespace KnowledgeGraph.Storage.Model;

/// <summary>Node labels shared by every backend; they are also the type prefix of <see cref="KnowledgeGraph.Domain.StableId"/> ids.</summary>
public static class NodeLabels
{
    public const string Region = "Region";
    public const string Agency = "Agency";
    public const string Document = "Document";
    public const string Power = "Power";
    public const string Delegation = "Delegation";
    public const string Responsibility = "Responsibility";
    public const string Problem = "Problem";
    public const string Metric = "Metric";
    public const string Report = "Report";
    public const string Sentence = "Sentence";

    public static IReadOnlyList<string> All { get; } =
        [Region, Agency, Document, Power, Delegation, Responsibility, Problem, Metric, Report, Sentence];
}
