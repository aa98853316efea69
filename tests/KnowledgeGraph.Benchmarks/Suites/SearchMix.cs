namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// The storage suite's full-text queries, by class: 1, 2, 3 and 4+ characters, each common (words every report
/// uses) and rare (cut from the names of counties and bodies drawn uniformly from the loaded graph, so they match a
/// handful of texts), pieces of document titles drawn the same way, plus queries that match nothing. Every class is
/// timed over all kinds and over each kind alone.
/// </summary>
public sealed record SearchMix(IReadOnlyList<(string Class, IReadOnlyList<string> Terms)> Classes)
{
    private static readonly string[] Common1 = ["镇", "法", "县", "局"];
    private static readonly string[] Common2 = ["乡镇", "执法", "法治", "政府"];
    private static readonly string[] Common3 = ["综合执", "法治政", "依法行", "行政复"];
    private static readonly string[] Common4 = ["行政执法", "法治政府", "依法行政", "综合执法", "权力清单", "执法监督", "行政复议决定"];
    private static readonly string[] Nothing = ["量子计算机", "区块链金融", "执法法"];

    /// <summary>Characters cut from a document title for the "title piece" class.</summary>
    private const int TitlePiece = 6;

    public IEnumerable<string> All => Classes.SelectMany(c => c.Terms);

    /// <summary>
    /// Rare terms from <paramref name="counties"/> and <paramref name="agencies"/> names, title pieces from
    /// <paramref name="titles"/> (each a uniform sample of the graph, drawn by the caller), cut at offsets drawn from
    /// <paramref name="random"/>.
    /// </summary>
    public static SearchMix FromSample(IReadOnlyList<string> counties, IReadOnlyList<string> agencies, IReadOnlyList<string> titles, Random random)
    {
        ArgumentNullException.ThrowIfNull(counties);
        ArgumentNullException.ThrowIfNull(agencies);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(random);
        var countyNames = counties.Where(n => n.Length >= 3).ToList();
        var agencyNames = agencies.Where(n => n.Length >= 5).ToList();
        var pieces = titles.Where(t => t.Length >= TitlePiece)
            .Select(t => t.Substring(random.Next(t.Length - TitlePiece + 1), TitlePiece)).ToList();
        if (countyNames.Count == 0 || agencyNames.Count == 0 || pieces.Count == 0)
        {
            throw new InvalidOperationException("The sample has no county names, agency names or document titles to cut rare queries from.");
        }
        return new SearchMix(
        [
            ("1 char, common", Common1),
            ("1 char, rare", countyNames.Select(n => n[..1]).Distinct().ToList()),
            ("2 chars, common", Common2),
            ("2 chars, rare", countyNames.Select(n => n[..2]).Distinct().ToList()),
            ("3 chars, common", Common3),
            ("3 chars, rare", countyNames.Select(n => n[..3]).Distinct().ToList()),
            ("4+ chars, common", Common4),
            ("4+ chars, rare", agencyNames.Distinct().ToList()),
            ("6 chars, title piece", pieces.Distinct().ToList()),
            ("no match", Nothing),
        ]);
    }
}
