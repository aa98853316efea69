namespace KnowledgeGraph.Seed.Generation;

/// <summary>How big a synthetic corpus to make, and from which seed.</summary>
public sealed record SyntheticCorpusOptions
{
    public int Counties { get; init; } = 10;
    public int Years { get; init; } = 1;
    public int FirstYear { get; init; } = 2020;
    public int Seed { get; init; } = 1;
    /// <summary>Average townships per county; the national average is about 13.5 (38,000 / 2,850).</summary>
    public int MeanTownships { get; init; } = 13;

    /// <summary>China's scale: about 2,850 county-level units and 38,000 townships, five years of reports.</summary>
    public static SyntheticCorpusOptions National(int seed) =>
        new() { Counties = 2850, Years = 5, FirstYear = 2020, Seed = seed, MeanTownships = 13 };

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Counties);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Years);
        ArgumentOutOfRangeException.ThrowIfLessThan(FirstYear, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(FirstYear + Years - 1, 2100);
        ArgumentOutOfRangeException.ThrowIfLessThan(MeanTownships, 2);
    }
}
