using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// A dashboard asking every region for its delegations, problems and figures costs one store call per field and
/// level of the query, however many regions it lists (issue #2, DataLoader): counted at the store, over HTTP.
/// </summary>
public class RegionLoaderTests(CountingApiFactory api) : IClassFixture<CountingApiFactory>
{
    private static readonly string[] BatchedCalls =
        ["GetDelegationsReachingAsync", "ListDelegationsByRegionAsync", "ListProblemsByRegionAsync", "ListMetricsByRegionAsync"];

    private static readonly string[] PerRegionCalls = ["ListDelegationsAsync", "ListProblemsAsync", "ListMetricsAsync"];

    private static string Dashboard(int first) => $$"""
        { regions(first: {{first}}) { totalCount nodes { name
            delegationsReceived { id itemCount }
            delegationsMade { id itemCount }
            problems(year: 2021) { text year }
            metrics { name value unit } } } }
        """;

    private async Task<(JsonNode Data, IReadOnlyDictionary<string, int> Calls)> CountedAsync(string query)
    {
        await api.PostAsync("{ graph { regions } }"); // the host is up and seeded before counting starts
        api.Calls.Reset();
        var response = await api.PostAsync(query);
        var data = response.DataOrFail();
        return (data, api.Calls.Snapshot());
    }

    private static JsonNode Region(JsonNode data, string name) =>
        data["regions"]!["nodes"]!.AsArray().Single(n => n!["name"]!.GetValue<string>() == name)!;

    [Fact]
    public async Task Four_fields_over_every_region_cost_one_store_call_each_whatever_the_number_of_regions()
    {
        var (few, fewCalls) = await CountedAsync(Dashboard(3));
        var (all, allCalls) = await CountedAsync(Dashboard(500));

        var regions = all["regions"]!["nodes"]!.AsArray().Count;
        Assert.Equal(all["regions"]!["totalCount"]!.GetValue<int>(), regions);
        Assert.True(regions > 10, $"the five reports name {regions} regions (provinces, cities, counties, townships)");
        Assert.Equal(3, few["regions"]!["nodes"]!.AsArray().Count);
        foreach (var call in BatchedCalls)
        {
            Assert.Equal(1, fewCalls.GetValueOrDefault(call));
            Assert.Equal(1, allCalls.GetValueOrDefault(call));
        }
        Assert.All(PerRegionCalls, call => Assert.Equal(0, allCalls.GetValueOrDefault(call)));
        // every call the query makes, not only these four, is the same for 3 regions and for all of them
        Assert.Equal(fewCalls.OrderBy(c => c.Key, StringComparer.Ordinal), allCalls.OrderBy(c => c.Key, StringComparer.Ordinal));

        // and the batched answers are what the reports say
        Assert.Contains(Region(all, "平鲁区")["delegationsMade"]!.AsArray(), d => d!["itemCount"]?.GetValue<int>() == 238);
        Assert.Contains(Region(all, "高邑县")["delegationsMade"]!.AsArray(), d => d!["itemCount"]?.GetValue<int>() == 87);
        Assert.Contains(Region(all, "公田镇")["delegationsReceived"]!.AsArray(), d => d!["itemCount"]?.GetValue<int>() == 39);
        Assert.Contains(Region(all, "高邑县")["metrics"]!.AsArray(), m => m!["value"]!.GetValue<decimal>() == 4537m && m["unit"]!.GetValue<string>() == "条");
        Assert.NotEmpty(Region(all, "岳阳县")["problems"]!.AsArray());
        Assert.All(all["regions"]!["nodes"]!.AsArray().SelectMany(r => r!["problems"]!.AsArray()), p => Assert.Equal(2021, p!["year"]!.GetValue<int>()));
        Assert.Empty(Region(all, "高邑县")["problems"]!.AsArray()); // its report has no problems section
    }

    [Fact]
    public async Task Each_set_of_arguments_is_its_own_batch_and_each_level_one_more_call()
    {
        var (data, calls) = await CountedAsync("""
            { regions(first: 500) { nodes { name
                y2020: problems(year: 2020) { year }
                y2021: problems(year: 2021) { year }
                again: problems(year: 2021) { year }
                hotline: metrics(name: "热线") { name }
                children { name problems { year } } } } }
            """);

        // 2020, 2021 (asked twice, one batch) and the children's level without a year
        Assert.Equal(3, calls.GetValueOrDefault("ListProblemsByRegionAsync"));
        Assert.Equal(1, calls.GetValueOrDefault("ListMetricsByRegionAsync"));
        Assert.All(PerRegionCalls, call => Assert.Equal(0, calls.GetValueOrDefault(call)));
        var yueyang = Region(data, "岳阳县");
        Assert.Empty(yueyang["y2020"]!.AsArray());
        Assert.Equal(yueyang["y2021"]!.ToJsonString(), yueyang["again"]!.ToJsonString());
        Assert.All(Region(data, "高邑县")["hotline"]!.AsArray(), m => Assert.Contains("热线", m!["name"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.NotEmpty(Region(data, "高邑县")["hotline"]!.AsArray());
    }
}
