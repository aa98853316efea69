namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>The quality bar of issue 3: minimum precision and recall per fact type.</summary>
public static class EvaluationTargets
{
    public static readonly IReadOnlyDictionary<string, (double Precision, double Recall)> ByFactType = new Dictionary<string, (double, double)>(StringComparer.Ordinal)
    {
        ["documents"] = (0.98, 0.98),
        ["delegations"] = (0.90, 0.90),
        ["responsibilities"] = (0.90, 0.90),
        ["problems"] = (0.90, 0.90),
        ["metrics"] = (0.95, 0.85),
    };

    public static bool Meets(FactTypeScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return !ByFactType.TryGetValue(score.FactType, out var t) || (score.Precision >= t.Precision && score.Recall >= t.Recall);
    }
}
