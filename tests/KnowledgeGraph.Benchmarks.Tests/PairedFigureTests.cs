using KnowledgeGraph.Benchmarks.GraphQLBench;
using static KnowledgeGraph.Benchmarks.Tests.Batches;

namespace KnowledgeGraph.Benchmarks.Tests;

public sealed class PairedFigureTests
{
    // Three pairs, ours/js p50 in µs: 2/8 (4×), 1/6 (6×), 4/5 (1.25×).
    private static readonly PairedFigure ThreePairs = Figure(Pair(2, 8), Pair(1, 6), Pair(4, 5));

    [Fact]
    public void Median_of_an_odd_count_is_the_middle_value() => Assert.Equal(2.0, PairedFigure.Median([3.0, 1.0, 2.0]));

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values() =>
        Assert.Equal(2.5, PairedFigure.Median([4.0, 1.0, 3.0, 2.0]));

    [Fact]
    public void Median_of_one_value_is_that_value() => Assert.Equal(7.0, PairedFigure.Median([7.0]));

    [Fact]
    public void Median_of_no_values_throws()
    {
        var error = Assert.Throws<ArgumentException>(() => PairedFigure.Median([]));
        Assert.Equal("values", error.ParamName);
    }

    [Fact]
    public void Each_engine_s_median_batch_p50_and_their_ratio()
    {
        Assert.Equal(2.0, ThreePairs.OursMedianP50Us);
        Assert.Equal(6.0, ThreePairs.JsMedianP50Us);
        Assert.Equal(3.0, ThreePairs.RatioOfMedians);
    }

    [Fact]
    public void Median_pair_ratio_is_the_median_of_each_pair_s_js_p50_over_ours()
    {
        // Pair ratios 4, 6, 1.25: the median is 4, not the ratio of the medians (3).
        Assert.Equal(4.0, ThreePairs.MedianPairRatio);
        Assert.Equal(1.25, ThreePairs.MinPairRatio);
        Assert.Equal(6.0, ThreePairs.MaxPairRatio);
    }

    [Fact]
    public void Median_pair_ratio_of_an_even_number_of_pairs_averages_the_middle_two() =>
        // Pair ratios 2, 3, 5, 8.
        Assert.Equal(4.0, Figure(Pair(1, 5), Pair(1, 2), Pair(1, 8), Pair(1, 3)).MedianPairRatio);

    [Fact]
    public void Median_pair_ops_ratio_compares_batch_means_not_p50s()
    {
        // p50 ratios are all 10×; by means (ops/s) the pairs are 3×, 5× and 1×.
        var figure = Figure(
            new BatchPair(Batch(1, meanUs: 1), Batch(10, meanUs: 3), OursFirst: true),
            new BatchPair(Batch(1, meanUs: 2), Batch(10, meanUs: 10), OursFirst: false),
            new BatchPair(Batch(1, meanUs: 4), Batch(10, meanUs: 4), OursFirst: true));
        Assert.Equal(10.0, figure.MedianPairRatio);
        Assert.Equal(3.0, figure.MedianPairOpsRatio, precision: 9);
    }

    [Fact]
    public void Overall_ops_ratio_weighs_each_batch_by_its_operation_count()
    {
        // Ours: 100 ops × 1 µs + 300 ops × 2 µs = 700 µs; graphql-js: 100 × 4 + 300 × 4 = 1600 µs, for 400 ops each.
        // Unweighted means would give 4 / 1.5 = 2.67×; the paired median by ops/s is (4 + 2) / 2 = 3×.
        var figure = Figure(
            new BatchPair(Batch(1, meanUs: 1, count: 100), Batch(4, meanUs: 4, count: 100), OursFirst: true),
            new BatchPair(Batch(2, meanUs: 2, count: 300), Batch(4, meanUs: 4, count: 300), OursFirst: false));
        Assert.Equal(1.75, figure.OursMeanUs, precision: 12);
        Assert.Equal(4.0, figure.JsMeanUs, precision: 12);
        Assert.Equal(16.0 / 7, figure.OverallOpsRatio, precision: 12);
        Assert.Equal(3.0, figure.MedianPairOpsRatio, precision: 9);
    }

    [Fact]
    public void Judged_ratio_is_the_paired_p50_median_when_that_is_lowest()
    {
        // p50s 1 and 2 µs (2×), but graphql-js's batch has pauses: its mean is 4 µs (4× by ops/s and overall).
        var figure = Figure(new BatchPair(Batch(1, meanUs: 1), Batch(2, meanUs: 4), OursFirst: true));
        Assert.Equal(2.0, figure.MedianPairRatio);
        Assert.Equal(4.0, figure.MedianPairOpsRatio, precision: 9);
        Assert.Equal(4.0, figure.OverallOpsRatio, precision: 9);
        Assert.Equal(2.0, figure.JudgedRatio, precision: 9);
    }

    [Fact]
    public void Judged_ratio_is_the_paired_ops_median_when_that_is_lowest()
    {
        // By means the pairs are 2×, 2×, 20×: median 2×; overall (2 + 2 + 20) / 3 = 8×; every p50 ratio is 4×.
        var figure = Figure(
            new BatchPair(Batch(1, meanUs: 1), Batch(4, meanUs: 2), OursFirst: true),
            new BatchPair(Batch(1, meanUs: 1), Batch(4, meanUs: 2), OursFirst: false),
            new BatchPair(Batch(1, meanUs: 1), Batch(4, meanUs: 20), OursFirst: true));
        Assert.Equal(4.0, figure.MedianPairRatio);
        Assert.Equal(2.0, figure.MedianPairOpsRatio, precision: 9);
        Assert.Equal(8.0, figure.OverallOpsRatio, precision: 9);
        Assert.Equal(2.0, figure.JudgedRatio, precision: 9);
    }

    [Fact]
    public void Judged_ratio_is_the_overall_ratio_when_one_slow_batch_of_ours_dominates_the_time()
    {
        // Two pairs at 4× and one where our batch averaged 100 µs (a long pause) against 100 µs:
        // medians stay 4×, but all of graphql-js's time over all of ours is (4 + 4 + 100) / (1 + 1 + 100).
        var figure = Figure(
            new BatchPair(Batch(1, meanUs: 1), Batch(4, meanUs: 4), OursFirst: true),
            new BatchPair(Batch(1, meanUs: 1), Batch(4, meanUs: 4), OursFirst: false),
            new BatchPair(Batch(1, meanUs: 100), Batch(4, meanUs: 100), OursFirst: true));
        Assert.Equal(4.0, figure.MedianPairRatio);
        Assert.Equal(4.0, figure.MedianPairOpsRatio, precision: 9);
        Assert.Equal(108.0 / 102, figure.OverallOpsRatio, precision: 12);
        Assert.Equal(108.0 / 102, figure.JudgedRatio, precision: 12);
    }

    [Fact]
    public void Pairs_meeting_a_target_count_ratios_at_or_above_it()
    {
        Assert.Equal(2, ThreePairs.PairsMeeting(3.0));
        Assert.Equal(2, ThreePairs.PairsMeeting(4.0)); // 4× exactly meets 4×
        Assert.Equal(1, ThreePairs.PairsMeeting(4.5));
        Assert.Equal(0, ThreePairs.PairsMeeting(6.5));
    }

    [Fact]
    public void Median_pair_ratio_by_which_engine_ran_first()
    {
        // Ours first: 3×, 2×, 5× (median 3×); graphql-js first: 4×, 6× (median 5×); all five: 4×.
        var figure = Figure(
            Pair(1, 3, oursFirst: true), Pair(1, 4, oursFirst: false), Pair(1, 2, oursFirst: true),
            Pair(1, 6, oursFirst: false), Pair(1, 5, oursFirst: true));
        Assert.Equal(3.0, figure.MedianPairRatioWhenOursFirst(true));
        Assert.Equal(5.0, figure.MedianPairRatioWhenOursFirst(false));
        Assert.Equal(4.0, figure.MedianPairRatio);
    }

    [Fact]
    public void Median_pair_ratio_by_order_has_no_value_when_no_pair_ran_in_that_order() =>
        Assert.Throws<ArgumentException>(() => Figure(Pair(1, 3, oursFirst: true)).MedianPairRatioWhenOursFirst(false));

    [Fact]
    public void Fastest_ratio_sets_each_engine_s_fastest_batch_side_by_side_even_from_different_pairs()
    {
        // Ours is fastest in the second pair (1 µs), graphql-js in the third (5 µs).
        Assert.Equal(1.0, ThreePairs.OursFastestP50Us);
        Assert.Equal(5.0, ThreePairs.JsFastestP50Us);
        Assert.Equal(5.0, ThreePairs.FastestRatio);
    }

    [Fact]
    public void States_count_a_batch_as_slow_only_over_the_factor_times_its_engine_s_fastest()
    {
        // Fastest: ours 10 µs, graphql-js 20 µs; with factor 1.5 slow means over 15 µs and over 30 µs.
        var figure = Figure(
            Pair(10, 20),  // both fast
            Pair(15, 30),  // both exactly at the bound: still fast
            Pair(20, 40),  // both slow
            Pair(16, 31),  // both just over: slow
            Pair(10, 40),  // ours fast, graphql-js slow
            Pair(25, 20)); // ours slow, graphql-js fast
        Assert.Equal((BothFast: 2, BothSlow: 2, OursFastJsSlow: 1, OursSlowJsFast: 1), figure.States(1.5));
    }
}
