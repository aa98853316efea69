namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>One report's comparison with its gold file: a score per fact type and what did not match, for reading.</summary>
public sealed record GoldEvaluation(string Report, IReadOnlyList<FactTypeScore> Scores, IReadOnlyList<string> Differences)
{
    public FactTypeScore this[string factType] => Scores.First(s => s.FactType == factType);

    public bool MeetsTargets => Scores.All(EvaluationTargets.Meets);
}
