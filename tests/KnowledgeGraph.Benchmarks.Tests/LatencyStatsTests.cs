using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.Tests;

/// <summary>Nearest rank: the p-th percentile of n sorted samples is the ⌈p·n⌉-th, as bench.mjs's stats() takes it.</summary>
public sealed class LatencyStatsTests
{
    [Fact]
    public void No_samples_give_all_zero_figures() => Assert.Equal(new LatencyStats(0, 0, 0, 0, 0), LatencyStats.From([]));

    [Fact]
    public void Five_samples_in_any_order()
    {
        // Sorted 1..5, 15 µs in all: p50 is the 3rd (⌈2.5⌉), p99 the 5th (⌈4.95⌉); 5 ops in 15 µs.
        var stats = LatencyStats.From([5, 1, 3, 2, 4]);
        Assert.Equal(5, stats.Count);
        Assert.Equal(3.0, stats.MeanUs);
        Assert.Equal(3.0, stats.P50Us);
        Assert.Equal(5.0, stats.P99Us);
        Assert.Equal(5 / 15e-6, stats.OpsPerSec, precision: 6);
    }

    [Fact]
    public void The_p50_of_an_even_count_is_the_lower_middle_sample_not_their_mean()
    {
        // ⌈0.5 · 4⌉ = 2nd sample; 4 ops in 10 µs = 400,000 ops/s.
        var stats = LatencyStats.From([4, 1, 3, 2]);
        Assert.Equal(2.0, stats.P50Us);
        Assert.Equal(4.0, stats.P99Us);
        Assert.Equal(2.5, stats.MeanUs);
        Assert.Equal(400_000, stats.OpsPerSec, precision: 6);
    }

    [Fact]
    public void Of_one_hundred_samples_the_p99_is_the_99th()
    {
        var stats = LatencyStats.From(Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray());
        Assert.Equal(50.0, stats.P50Us);
        Assert.Equal(99.0, stats.P99Us);
        Assert.Equal(50.5, stats.MeanUs);
    }

    [Fact]
    public void Of_two_hundred_samples_the_p99_is_the_198th()
    {
        var stats = LatencyStats.From(Enumerable.Range(1, 200).Select(i => (double)i).ToArray());
        Assert.Equal(100.0, stats.P50Us);
        Assert.Equal(198.0, stats.P99Us);
    }

    [Fact]
    public void One_sample_is_its_own_p50_and_p99()
    {
        var stats = LatencyStats.From([8]);
        Assert.Equal(new LatencyStats(1, 8, 8, 8, 125_000), stats);
    }

    [Fact]
    public void A_long_pause_moves_the_mean_and_ops_per_second_but_not_the_p50()
    {
        // Nine 1 µs operations and one 991 µs pause: 10 ops in 1000 µs.
        var stats = LatencyStats.From([.. Enumerable.Repeat(1.0, 9), 991]);
        Assert.Equal(1.0, stats.P50Us);
        Assert.Equal(991.0, stats.P99Us);
        Assert.Equal(100.0, stats.MeanUs);
        Assert.Equal(10_000, stats.OpsPerSec, precision: 6);
    }

    [Fact]
    public void The_samples_handed_in_are_left_in_their_order()
    {
        double[] samples = [3, 1, 2];
        LatencyStats.From(samples);
        Assert.Equal([3.0, 1.0, 2.0], samples);
    }
}
