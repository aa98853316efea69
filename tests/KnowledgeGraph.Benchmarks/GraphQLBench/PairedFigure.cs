using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>One batch of ours and one of graphql-js's, of the same operation and size, timed one right after the other.</summary>
public sealed record BatchPair(LatencyStats Ours, LatencyStats Js, bool OursFirst)
{
    /// <summary>ours/js throughput at the median operation: graphql-js's p50 over ours.</summary>
    public double Ratio => Js.P50Us / Ours.P50Us;

    /// <summary>ours/js operations per second over the whole batch (its mean, pauses included).</summary>
    public double OpsRatio => Ours.OpsPerSec / Js.OpsPerSec;
}

/// <summary>
/// The pairs of one case and phase, and what the suite prints of them. Each batch is summarised by its p50; a figure
/// is a median over the batches, so the host's fast and slow states (docs/benchmarks.md) weigh as often as they
/// occurred, and each pair's ratio compares the two engines in the same state.
/// </summary>
public sealed record PairedFigure(string Case, string Phase, int BatchOps, IReadOnlyList<BatchPair> Pairs)
{
    public double OursMedianP50Us => Median(Pairs.Select(p => p.Ours.P50Us));

    public double JsMedianP50Us => Median(Pairs.Select(p => p.Js.P50Us));

    /// <summary>Ratio of the two medians above (each engine's typical batch, paired or not).</summary>
    public double RatioOfMedians => JsMedianP50Us / OursMedianP50Us;

    /// <summary>The median of the per-pair ratios of batch p50s.</summary>
    public double MedianPairRatio => Median(Pairs.Select(p => p.Ratio));

    /// <summary>
    /// ours/js throughput over every batch of the figure: all of graphql-js's time over all of ours for the same number
    /// of operations (the plainest reading of "throughput", pauses and both host states included as they came).
    /// </summary>
    public double OverallOpsRatio => JsMeanUs / OursMeanUs;

    /// <summary>
    /// The figure compared with the target: the lowest of the paired median by p50, the paired median by ops/s and
    /// the overall throughput ratio. Each summarises the same batches a different way (a batch's p50 leaves out its
    /// pauses, its ops/s counts them); a figure meets the target only when all three do.
    /// </summary>
    public double JudgedRatio => Math.Min(Math.Min(MedianPairRatio, MedianPairOpsRatio), OverallOpsRatio);

    /// <summary>The median of the paired ratios of the pairs where ours ran first (or second): shows any bias of the order.</summary>
    public double MedianPairRatioWhenOursFirst(bool oursFirst) => Median(Pairs.Where(p => p.OursFirst == oursFirst).Select(p => p.Ratio));

    public double MinPairRatio => Pairs.Min(p => p.Ratio);

    /// <summary>The median of the per-pair ratios of operations per second (means, not p50s).</summary>
    public double MedianPairOpsRatio => Median(Pairs.Select(p => p.OpsRatio));

    public double MaxPairRatio => Pairs.Max(p => p.Ratio);

    public int PairsMeeting(double target) => Pairs.Count(p => p.Ratio >= target);

    /// <summary>Each engine's fastest batch p50: its fast state.</summary>
    public double OursFastestP50Us => Pairs.Min(p => p.Ours.P50Us);

    public double JsFastestP50Us => Pairs.Min(p => p.Js.P50Us);

    public double FastestRatio => JsFastestP50Us / OursFastestP50Us;

    /// <summary>
    /// How the two batches of each pair stood: a batch counts as slow when its p50 is over <paramref name="slowFactor"/>
    /// times its engine's fastest batch. Shows whether the two engines change state together (a host-wide cause) or
    /// each on its own.
    /// </summary>
    public (int BothFast, int BothSlow, int OursFastJsSlow, int OursSlowJsFast) States(double slowFactor)
    {
        var oursSlow = OursFastestP50Us * slowFactor;
        var jsSlow = JsFastestP50Us * slowFactor;
        var table = (BothFast: 0, BothSlow: 0, OursFastJsSlow: 0, OursSlowJsFast: 0);
        foreach (var p in Pairs)
        {
            switch (p.Ours.P50Us > oursSlow, p.Js.P50Us > jsSlow)
            {
                case (false, false): table.BothFast++; break;
                case (true, true): table.BothSlow++; break;
                case (false, true): table.OursFastJsSlow++; break;
                case (true, false): table.OursSlowJsFast++; break;
            }
        }
        return table;
    }

    /// <summary>graphql-js's mean per operation over all its batches (for the BenchmarkDotNet comparison).</summary>
    public double JsMeanUs => MeanUs(Pairs.Select(p => p.Js));

    /// <summary>Our mean per operation over all our batches.</summary>
    public double OursMeanUs => MeanUs(Pairs.Select(p => p.Ours));

    /// <summary>The mean per operation over these batches, each weighed by its operations.</summary>
    private static double MeanUs(IEnumerable<LatencyStats> batches)
    {
        var list = batches.ToList();
        return list.Sum(b => b.MeanUs * b.Count) / list.Sum(b => b.Count);
    }

    /// <summary>The middle value; for an even count the mean of the two middle values.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("The median of no values is undefined.", nameof(values));
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
