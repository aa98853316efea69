using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>
/// 平鲁区's 2020 report does not name its prefecture (its sidecar says 朔州市): loaded once with and once without it,
/// the county must stay one region, with one set of townships, whatever the order of loading.
/// </summary>
public abstract class JurisdictionPlacementConformance : StoreConformance
{
    /// <summary>The real report as the seed loads it: its sidecar names 朔州市, 山西省.</summary>
    private static ReportFacts WithPrefecture() => ExtractedReports.Of(ReportTexts.Pinglu);

    /// <summary>The same county's next report, read without a sidecar: the text names 山西省 but not 朔州市.</summary>
    private static ReportFacts WithoutPrefecture()
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReportTexts.Directory, ReportTexts.Pinglu));
        var facts = ReportExtractor.Default.Extract(bytes, null, ReportTexts.Pinglu);
        Assert.Equal(("平鲁区", "山西省", null), (facts.Report.Jurisdiction, facts.Report.Province, facts.Report.ParentCity));
        return facts with { Report = facts.Report with { Year = 2021 }, OriginalText = facts.OriginalText + "\n(2021)" };
    }

    private static async Task<IReadOnlyList<RegionNode>> RegionsNamedAsync(IGraphStore store, string name) =>
        (await store.ListRegionsAsync(new RegionFilter { Name = StringMatch.Equal(name) }, [], PageRequest.FirstPage(50))).Nodes.ToList();

    private static async Task AssertOneCountyUnderItsPrefectureAsync(IGraphStore store, int agenciesOfOneReport)
    {
        var pinglu = Assert.Single(await RegionsNamedAsync(store, "平鲁区"));
        var prefecture = Assert.Single(await RegionsNamedAsync(store, "朔州市"));
        Assert.Equal(prefecture.Id, pinglu.ParentId);
        var reports = (await store.ListReportsAsync(new ReportFilter(), [], PageRequest.FirstPage(10))).Nodes.ToList();
        Assert.Equal([2020, 2021], reports.Select(r => r.Year).Order());
        Assert.All(reports, r => Assert.Equal(pinglu.Id, r.RegionId));
        // the county's own bodies (区司法局 → 平鲁区司法局 …) are made within it: one set, not one per report
        var agencies = await store.ListAgenciesAsync(new AgencyFilter { RegionId = pinglu.Id }, [], PageRequest.FirstPage(500));
        Assert.Equal(agenciesOfOneReport, agencies.Nodes.Count());
    }

    private static int AgenciesOf(ReportFacts facts)
    {
        var graph = new ReportGraphBuilder().Build(facts);
        return graph.Agencies.Count(a => a.RegionId == graph.Report.RegionId);
    }

    [Fact]
    public async Task A_report_without_its_prefecture_joins_the_county_already_under_it()
    {
        var store = Store;
        var first = await store.IngestAsync(WithPrefecture());
        var second = await store.IngestAsync(WithoutPrefecture());

        Assert.True(AgenciesOf(WithPrefecture()) > 0);
        await AssertOneCountyUnderItsPrefectureAsync(store, AgenciesOf(WithPrefecture()));
        Assert.Equal(IngestOutcome.Unchanged, (await store.IngestAsync(WithoutPrefecture())).Outcome);
        Assert.NotEqual(first.ReportId, second.ReportId);
    }

    [Fact]
    public async Task A_report_naming_the_prefecture_moves_the_county_loaded_without_it_under_the_prefecture()
    {
        var store = Store;
        await store.IngestAsync(WithoutPrefecture());
        var before = Assert.Single(await RegionsNamedAsync(store, "平鲁区"));
        Assert.Equal(ReportGraphBuilder.RegionIdFor("山西省"), before.ParentId);

        await store.IngestAsync(WithPrefecture());

        await AssertOneCountyUnderItsPrefectureAsync(store, AgenciesOf(WithPrefecture()));
        Assert.Equal(before.Id, Assert.Single(await RegionsNamedAsync(store, "平鲁区")).Id); // the region kept its id
        // reloads of either report stay put
        Assert.Equal(IngestOutcome.Unchanged, (await store.IngestAsync(WithPrefecture())).Outcome);
        Assert.Equal(IngestOutcome.Unchanged, (await store.IngestAsync(WithoutPrefecture())).Outcome);
        await AssertOneCountyUnderItsPrefectureAsync(store, AgenciesOf(WithPrefecture()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Both_in_one_batch_make_one_county_in_either_order(bool prefectureFirst)
    {
        var store = Store;
        ReportFacts[] batch = prefectureFirst ? [WithPrefecture(), WithoutPrefecture()] : [WithoutPrefecture(), WithPrefecture()];

        var outcomes = await store.IngestBatchAsync(batch);

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.ToString()));
        await AssertOneCountyUnderItsPrefectureAsync(store, AgenciesOf(WithPrefecture()));
    }

    private static ReportFacts Gulou(string? city, string province, int year)
    {
        var text = "区司法局牵头推进华侨路街道综合行政执法改革。" + city + province + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var evidence = new Evidence(0, 22, text[..22]);
        return new ReportFacts
        {
            Report = new ReportMeta { Jurisdiction = "鼓楼区", Level = RegionLevel.District, ParentCity = city, Province = province, Year = year },
            OriginalText = text,
            Agencies = [new AgencyFact { Name = "区司法局", Normalized = "鼓楼区司法局", Kind = AgencyKind.Government, Evidence = [evidence] }],
            Townships = [new TownshipFact { Name = "华侨路街道", Evidence = [evidence] }],
        };
    }

    [Fact]
    public async Task Two_counties_of_the_name_in_the_province_leave_a_report_without_prefecture_on_its_own()
    {
        var store = Store;
        var nanjing = await store.IngestAsync(Gulou("南京市", "江苏省", 2021));
        var xuzhou = await store.IngestAsync(Gulou("徐州市", "江苏省", 2021));
        var unknown = await store.IngestAsync(Gulou(null, "江苏省", 2022));

        var regions = await RegionsNamedAsync(store, "鼓楼区");
        Assert.Equal(3, regions.Count);
        var alone = regions.Single(r => r.ParentId == ReportGraphBuilder.RegionIdFor("江苏省"));
        var reports = (await store.ListReportsAsync(new ReportFilter(), [], PageRequest.FirstPage(10))).Nodes.ToDictionary(r => r.Id, r => r.RegionId);
        Assert.Equal(alone.Id, reports[unknown.ReportId]);
        Assert.Equal(3, new[] { reports[nanjing.ReportId], reports[xuzhou.ReportId], reports[unknown.ReportId] }.Distinct().Count());
    }

    [Fact]
    public async Task A_county_without_prefecture_is_taken_over_once_and_never_by_a_second_prefecture()
    {
        var store = Store;
        var unknown = await store.IngestAsync(Gulou(null, "江苏省", 2020));
        var nanjing = await store.IngestAsync(Gulou("南京市", "江苏省", 2021));
        var xuzhou = await store.IngestAsync(Gulou("徐州市", "江苏省", 2021));

        var reports = (await store.ListReportsAsync(new ReportFilter(), [], PageRequest.FirstPage(10))).Nodes.ToDictionary(r => r.Id, r => r.RegionId);
        Assert.Equal(reports[unknown.ReportId], reports[nanjing.ReportId]);
        Assert.NotEqual(reports[nanjing.ReportId], reports[xuzhou.ReportId]);
        var regions = await RegionsNamedAsync(store, "鼓楼区");
        Assert.Equal(2, regions.Count);
        Assert.Equal(
            new[] { ReportGraphBuilder.RegionIdFor("南京市"), ReportGraphBuilder.RegionIdFor("徐州市") }.Order(),
            regions.Select(r => r.ParentId!).Order());
    }

    [Fact]
    public async Task A_county_of_the_name_in_another_province_is_never_joined()
    {
        var store = Store;
        var nanjing = await store.IngestAsync(Gulou("南京市", "江苏省", 2021));
        var fujian = await store.IngestAsync(Gulou(null, "福建省", 2021));

        var reports = (await store.ListReportsAsync(new ReportFilter(), [], PageRequest.FirstPage(10))).Nodes.ToDictionary(r => r.Id, r => r.RegionId);
        Assert.NotEqual(reports[nanjing.ReportId], reports[fujian.ReportId]);
        Assert.Equal(2, (await RegionsNamedAsync(store, "鼓楼区")).Count);
    }
}
