using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>
/// The region lists the API reads for many regions at once (one DataLoader call per field): on the five real reports,
/// each region gets exactly what its own single-region call gives, and that is what the reports say.
/// </summary>
public abstract class RegionBatchConformance : StoreConformance
{
    private const int Limit = 500;
    private static readonly SortOrder<DelegationSortField>[] ByDate = [new(DelegationSortField.Date)];
    private static readonly SortOrder<ProblemSortField>[] ByYear = [new(ProblemSortField.Year)];
    private static readonly SortOrder<MetricSortField>[] ByYearAndName = [new(MetricSortField.Year), new(MetricSortField.Name)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var report in ExtractedReports.All()) await Store.IngestAsync(report);
    }

    private async Task<List<string>> AllRegionIdsAsync() =>
        (await AllAsync(p => Store.ListRegionsAsync(new RegionFilter(), [], p))).Select(r => r.Id).ToList();

    private static List<string> Ids(IEnumerable<GraphNode> nodes) => nodes.Select(n => n.Id).ToList();

    [Fact]
    public async Task Every_region_batched_gets_the_delegations_its_own_list_gives_in_the_same_order()
    {
        var regions = await AllRegionIdsAsync();

        var batched = await Store.ListDelegationsByRegionAsync(regions, new DelegationFilter(), ByDate, Limit);

        Assert.Equal(regions.Order(StringComparer.Ordinal), batched.Keys.Order(StringComparer.Ordinal));
        foreach (var region in regions)
        {
            var single = await Store.ListDelegationsAsync(new DelegationFilter { RegionId = region }, ByDate, PageRequest.FirstPage(Limit));
            Assert.Equal(Ids(single.Nodes), Ids(batched[region]));
        }
        Assert.Contains(regions, r => batched[r].Count > 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2021)]
    [InlineData(2020)]
    public async Task Every_region_batched_gets_the_problems_of_the_year_its_own_list_gives(int? year)
    {
        var regions = await AllRegionIdsAsync();
        var filter = new ProblemFilter { Year = year is null ? null : new IntMatch { Eq = year } };

        var batched = await Store.ListProblemsByRegionAsync(regions, filter, ByYear, Limit);

        foreach (var region in regions)
        {
            var single = await Store.ListProblemsAsync(filter with { RegionId = region }, ByYear, PageRequest.FirstPage(Limit));
            Assert.Equal(Ids(single.Nodes), Ids(batched[region]));
        }
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(2020, null)]
    [InlineData(null, "热线")]
    public async Task Every_region_batched_gets_the_figures_its_own_list_gives(int? year, string? name)
    {
        var regions = await AllRegionIdsAsync();
        var filter = new MetricFilter { Year = year is null ? null : new IntMatch { Eq = year }, Name = name is null ? null : StringMatch.Containing(name) };

        var batched = await Store.ListMetricsByRegionAsync(regions, filter, ByYearAndName, Limit);

        foreach (var region in regions)
        {
            var single = await Store.ListMetricsAsync(filter with { RegionId = region }, ByYearAndName, PageRequest.FirstPage(Limit));
            Assert.Equal(Ids(single.Nodes), Ids(batched[region]));
        }
    }

    [Fact]
    public async Task Every_region_batched_is_reached_by_what_its_own_trace_gives()
    {
        var regions = await AllRegionIdsAsync();

        var batched = await Store.GetDelegationsReachingAsync(regions);

        foreach (var region in regions)
        {
            var single = await Store.GetDelegationsReachingAsync(region);
            Assert.Equal(single.Select(r => (r.Delegation.Id, r.ViaRegionId, r.Direct)), batched[region].Select(r => (r.Delegation.Id, r.ViaRegionId, r.Direct)));
        }
    }

    [Fact]
    public async Task Gaoyi_Pinglu_and_Gongtian_read_together_answer_what_their_reports_say()
    {
        var gaoyi = RegionId("高邑县");
        var pinglu = RegionId("平鲁区");
        var gongtian = TownshipId("岳阳县", "公田镇");
        string[] asked = [gaoyi, pinglu, gongtian, "Region:unknown"];

        var made = await Store.ListDelegationsByRegionAsync(asked, new DelegationFilter(), ByDate, Limit);
        var reaching = await Store.GetDelegationsReachingAsync(asked);
        var figures = await Store.ListMetricsByRegionAsync(asked, new MetricFilter(), ByYearAndName, Limit);

        // 高邑县: 宗教 entrusted on 5月18日, 交通运输 on 8月18日, and 87 penalty matters devolved to the townships
        Assert.Contains(made[gaoyi], d => d.Mode == DelegationMode.Entrust && d.Date == new DateOnly(2020, 5, 18));
        Assert.Contains(made[gaoyi], d => d.Mode == DelegationMode.Entrust && d.Date == new DateOnly(2020, 8, 18));
        Assert.Contains(made[gaoyi], d => d.ItemCount == 87);
        // 平鲁区: 首批划转行政许可及关联事项238项
        Assert.Contains(made[pinglu], d => d.Mode == DelegationMode.Transfer && d.ItemCount == 238);
        Assert.Contains(figures[pinglu], m => m.Value == 238m && m.Unit == "项");
        // 高邑县: 通过该平台下发群众热线4537条
        Assert.Contains(figures[gaoyi], m => m.Name.Contains("热线", StringComparison.Ordinal) && m.Value == 4537m && m.Unit == "条");
        // 公田镇 records nothing itself, and is reached by the 39 first-batch matters through 岳阳县
        Assert.Empty(made[gongtian]);
        var first = Assert.Single(reaching[gongtian], r => r.Delegation.ItemCount == 39);
        Assert.Equal((RegionId("岳阳县"), false), (first.ViaRegionId, first.Direct));
        Assert.Empty(made["Region:unknown"]);
        Assert.Empty(reaching["Region:unknown"]);
        Assert.Empty(figures["Region:unknown"]);
    }

    [Fact]
    public async Task A_county_includes_its_townships_and_the_limit_cuts_each_region_apart()
    {
        var yueyang = RegionId("岳阳县");
        var province = RegionId("湖南省");
        var problems = await Store.ListProblemsByRegionAsync([yueyang, province], new ProblemFilter(), ByYear, Limit);
        Assert.NotEmpty(problems[yueyang]);
        Assert.All(problems[yueyang], p => Assert.Equal(2021, p.Year));
        // the province contains the county: everything of the county is the province's too
        Assert.Subset(Ids(problems[province]).ToHashSet(), Ids(problems[yueyang]).ToHashSet());

        var firstOnly = await Store.ListProblemsByRegionAsync([yueyang, province], new ProblemFilter(), ByYear, 1);

        Assert.Equal(Ids(problems[yueyang].Take(1)), Ids(firstOnly[yueyang]));
        Assert.Equal(Ids(problems[province].Take(1)), Ids(firstOnly[province]));
    }
}
