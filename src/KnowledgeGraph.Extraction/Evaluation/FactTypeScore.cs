namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>How one fact type of one report (or of several, summed) compares with gold.</summary>
public sealed record FactTypeScore(string FactType, int Gold, int Extracted, int Matched)
{
    /// <summary>Matched / extracted; 1 when nothing was extracted (nothing wrong was said).</summary>
    public double Precision => Extracted == 0 ? 1 : (double)Matched / Extracted;

    /// <summary>Matched / gold; 1 when the gold has none.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public static FactTypeScore operator +(FactTypeScore a, FactTypeScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.FactType, a.Gold + b.Gold, a.Extracted + b.Extracted, a.Matched + b.Matched);
    }

    public static FactTypeScore Add(FactTypeScore a, FactTypeScore b) => a + b;
}
