using System.Diagnostics;

namespace KnowledgeGraph.Benchmarks.Measurement;

/// <summary>Mean, p50, p99 and throughput of a set of per-operation samples (microseconds).</summary>
public sealed record LatencyStats(int Count, double MeanUs, double P50Us, double P99Us, double OpsPerSec)
{
    public static LatencyStats From(IReadOnlyList<double> samplesUs)
    {
        ArgumentNullException.ThrowIfNull(samplesUs);
        if (samplesUs.Count == 0) return new LatencyStats(0, 0, 0, 0, 0);
        var sorted = samplesUs.ToArray();
        Array.Sort(sorted);
        var total = sorted.Sum();
        return new LatencyStats(sorted.Length, total / sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Length / (total / 1e6));
    }

    /// <summary>Nearest-rank percentile, the same definition the node script uses.</summary>
    public static double Percentile(double[] sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = (int)Math.Ceiling(q * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static double ElapsedUs(long startTimestamp) =>
        Stopwatch.GetElapsedTime(startTimestamp).TotalMicroseconds;

    public override string ToString() =>
        $"mean {Format(MeanUs)}  p50 {Format(P50Us)}  p99 {Format(P99Us)}  {OpsPerSec,12:N0} ops/s";

    public static string Format(double us) => us >= 1000 ? $"{us / 1000,8:N2} ms" : $"{us,8:N1} µs";
}
