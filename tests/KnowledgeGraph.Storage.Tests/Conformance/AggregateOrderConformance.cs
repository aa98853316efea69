using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>
/// Dashboard groups come in one order in every backend: by each dimension asked, groups without a value of it (a
/// figure without a unit, a problem without a category) after those with one, statuses in their order (open,
/// rectifying, rectified).
/// </summary>
public abstract class AggregateOrderConformance : StoreConformance
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var report in ExtractedReports.All()) await Store.IngestAsync(report);
    }

    /// <summary>Valued keys by ordinal text, the missing one last.</summary>
    private static List<string?> Expected(IEnumerable<string?> keys) =>
        keys.OrderBy(k => k is null).ThenBy(k => k, StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Problems_by_category_put_the_uncategorised_last_and_statuses_run_in_their_order()
    {
        var byCategory = await Store.AggregateProblemsAsync(new ProblemFilter(), AggregateDimensions.Category);
        var byCategoryAndStatus = await Store.AggregateProblemsAsync(new ProblemFilter(), AggregateDimensions.Category | AggregateDimensions.Status);

        Assert.True(byCategory.Count > 1);
        Assert.Equal(Expected(byCategory.Select(g => g.Category)), byCategory.Select(g => g.Category));
        var expected = byCategoryAndStatus.OrderBy(g => g.Category is null).ThenBy(g => g.Category, StringComparer.Ordinal).ThenBy(g => g.Status).ToList();
        Assert.Equal(expected, byCategoryAndStatus);
    }

    [Fact]
    public async Task Figures_by_unit_come_in_the_order_of_their_units()
    {
        // every figure of the five reports has a unit: this pins the order, the problems above pin the missing last
        var byUnit = await Store.AggregateMetricsAsync(new MetricFilter(), AggregateDimensions.Unit);

        Assert.True(byUnit.Count > 1);
        Assert.Equal(Expected(byUnit.Select(g => g.Unit)), byUnit.Select(g => g.Unit));
    }
}
