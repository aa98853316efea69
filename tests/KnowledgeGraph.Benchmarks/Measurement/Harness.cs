using System.Diagnostics;

namespace KnowledgeGraph.Benchmarks.Measurement;

/// <summary>
/// A Stopwatch harness: warm-up runs (JIT tiering, caches), then one timestamp pair per operation so p50/p99 are
/// real per-operation latencies, not averages of batches.
/// </summary>
public static class Harness
{
    public static LatencyStats Time(int iterations, int warmup, Action operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (var i = 0; i < warmup; i++) operation();
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            operation();
            samples[i] = LatencyStats.ElapsedUs(start);
        }
        return LatencyStats.From(samples);
    }

    public static async Task<LatencyStats> TimeAsync(int iterations, int warmup, Func<Task> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (var i = 0; i < warmup; i++) await operation().ConfigureAwait(false);
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await operation().ConfigureAwait(false);
            samples[i] = LatencyStats.ElapsedUs(start);
        }
        return LatencyStats.From(samples);
    }
}
