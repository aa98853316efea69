using KnowledgeGraph.Benchmarks.GraphQLBench;
using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.Tests;

/// <summary>Hand-built batches and pairs whose figures can be worked out on paper.</summary>
internal static class Batches
{
    /// <summary>A batch as the harness would summarise it: its ops/s follows from its mean.</summary>
    public static LatencyStats Batch(double p50Us, double meanUs, int count = 100) =>
        new(count, meanUs, p50Us, Math.Max(p50Us, meanUs) * 3, 1e6 / meanUs);

    /// <summary>A pair whose batches have no pauses: each batch's mean equals its p50.</summary>
    public static BatchPair Pair(double oursP50Us, double jsP50Us, bool oursFirst = true) =>
        new(Batch(oursP50Us, oursP50Us), Batch(jsP50Us, jsP50Us), oursFirst);

    public static PairedFigure Figure(params BatchPair[] pairs) => new("small", "parse", 100, pairs);
}
