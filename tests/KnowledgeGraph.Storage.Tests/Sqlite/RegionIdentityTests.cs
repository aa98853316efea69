using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// China has several 鼓楼区 (南京市, 福州市, 徐州市, 开封市 …): a county-level unit is identified within its prefecture,
/// so two of the same name never merge, while the same one reporting in two years stays one region.
/// </summary>
public sealed class RegionIdentityTests : IDisposable
{
    private readonly TempDatabase _db = new();

    private static ReportFacts Gulou(string city, string province, int year)
    {
        const string text = "区司法局牵头推进华侨路街道综合行政执法改革,制定《鼓楼区行政执法公示办法》。";
        var evidence = new Evidence(0, text.Length, text);
        return new ReportFacts
        {
            Report = new ReportMeta { Jurisdiction = "鼓楼区", Level = RegionLevel.District, ParentCity = city, Province = province, Year = year },
            OriginalText = text + city + year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Agencies = [new AgencyFact { Name = "区司法局", Normalized = "鼓楼区司法局", Kind = AgencyKind.Government, Evidence = [evidence] }],
            Townships = [new TownshipFact { Name = "华侨路街道", Evidence = [evidence] }],
            Documents = [new DocumentFact { Title = "鼓楼区行政执法公示办法", Kind = DocumentKind.Local, Evidence = [evidence] }],
        };
    }

    [Fact]
    public void Two_counties_of_one_name_in_different_prefectures_get_different_ids()
    {
        var builder = new ReportGraphBuilder();
        var nanjing = builder.Build(Gulou("南京市", "江苏省", 2021));
        var fuzhou = builder.Build(Gulou("福州市", "福建省", 2021));

        Assert.NotEqual(nanjing.Report.RegionId, fuzhou.Report.RegionId);
        Assert.NotEqual(nanjing.Report.Id, fuzhou.Report.Id);
        Assert.Empty(nanjing.Agencies.Select(a => a.Id).Intersect(fuzhou.Agencies.Select(a => a.Id)));
        Assert.Empty(nanjing.Documents.Select(d => d.Id).Intersect(fuzhou.Documents.Select(d => d.Id)));
        Assert.Empty(nanjing.Regions.Where(r => r.Level == RegionLevel.Township).Select(r => r.Id)
            .Intersect(fuzhou.Regions.Where(r => r.Level == RegionLevel.Township).Select(r => r.Id)));
        Assert.Equal(ReportGraphBuilder.JurisdictionIdOf(Gulou("南京市", "江苏省", 2021).Report), nanjing.Report.RegionId);
    }

    [Fact]
    public void The_same_county_in_two_years_is_one_region()
    {
        var builder = new ReportGraphBuilder();
        var first = builder.Build(Gulou("南京市", "江苏省", 2021));
        var second = builder.Build(Gulou("南京市", "江苏省", 2022));

        Assert.Equal(first.Report.RegionId, second.Report.RegionId);
        Assert.NotEqual(first.Report.Id, second.Report.Id);
        Assert.Equal(first.Agencies.Select(a => a.Id), second.Agencies.Select(a => a.Id));
        Assert.Equal(first.Documents.Select(d => d.Id), second.Documents.Select(d => d.Id));
    }

    [Fact]
    public async Task Loaded_side_by_side_the_two_gulou_stay_apart_under_their_own_prefectures()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_db.NewPath());
        await store.IngestAsync(Gulou("南京市", "江苏省", 2021));
        await store.IngestAsync(Gulou("福州市", "福建省", 2021));
        await store.IngestAsync(Gulou("南京市", "江苏省", 2022));

        var counts = await store.GetCountsAsync();
        Assert.Equal(3, counts.NodeCount(NodeLabels.Report));
        // two provinces, two prefectures, two 鼓楼区, two 华侨路街道
        Assert.Equal(8, counts.NodeCount(NodeLabels.Region));
        Assert.Equal(2, counts.NodeCount(NodeLabels.Agency));
        Assert.Equal(2, counts.NodeCount(NodeLabels.Document));

        foreach (var (city, province) in new[] { ("南京市", "江苏省"), ("福州市", "福建省") })
        {
            var gulou = ReportGraphBuilder.JurisdictionIdOf(Gulou(city, province, 2021).Report);
            var parents = (await store.GetNeighborsAsync([gulou], Relation.PartOf, Direction.Outgoing))[gulou];
            Assert.Equal([ReportGraphBuilder.RegionIdFor(city)], parents);
        }
    }

    public void Dispose() => _db.Dispose();
}
