using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// 平鲁区's 2020 report names 朔州市, its 2021 report only 山西省. Loaded at the same moment — two loaders, two API
/// calls — both must land on one 平鲁区 under 朔州市: where the county already is is read inside the write
/// transaction that writes the report, so the second load sees what the first wrote.
/// </summary>
public sealed class ConcurrentPlacementTests : IDisposable
{
    private const int Rounds = 12;
    private static readonly string Shuozhou = ReportGraphBuilder.RegionIdFor("朔州市");
    private readonly TempDatabase _db = new();

    private static ReportFacts WithPrefecture() => HandBuiltReports.Pinglu();

    private static ReportFacts WithoutPrefecture()
    {
        var facts = HandBuiltReports.Pinglu();
        return facts with { Report = facts.Report with { ParentCity = null, Year = 2021 }, OriginalText = facts.OriginalText + "\n(2021)" };
    }

    public enum Load { One, Batch }

    private static Task Ingest(IGraphStore store, Load how, ReportFacts facts) =>
        how == Load.One ? store.IngestAsync(facts) : store.IngestBatchAsync([facts]);

    /// <summary>Starts both loads together (neither waits for the other to begin) and waits for both.</summary>
    private static async Task RaceAsync(Func<Task> first, Func<Task> second)
    {
        using var start = new Barrier(2);
        await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); return first(); }),
            Task.Run(() => { start.SignalAndWait(); return second(); }));
    }

    private static async Task AssertOneCountyAsync(IGraphStore store, int round, params int[] years)
    {
        var regions = (await store.ListRegionsAsync(new RegionFilter { Name = StringMatch.Equal("平鲁区") }, [], PageRequest.FirstPage(10))).Nodes.ToList();
        var pinglu = Assert.Single(regions);
        Assert.Equal((round, Shuozhou), (round, pinglu.ParentId));
        var reports = (await store.ListReportsAsync(new ReportFilter(), [], PageRequest.FirstPage(10))).Nodes.ToList();
        Assert.Equal(years, reports.Select(r => r.Year).Order());
        Assert.All(reports, r => Assert.Equal(pinglu.Id, r.RegionId));
    }

    [Theory]
    [InlineData(Load.One, Load.One)]
    [InlineData(Load.Batch, Load.Batch)]
    [InlineData(Load.One, Load.Batch)]
    [InlineData(Load.Batch, Load.One)]
    public async Task The_same_county_loaded_at_once_with_and_without_its_prefecture_is_one_region(Load withPrefecture, Load withoutPrefecture)
    {
        for (var round = 0; round < Rounds; round++)
        {
            await using var store = await SqliteGraphStore.OpenAsync(_db.NewPath());

            // half the rounds start the report without the prefecture first
            if (round % 2 == 0) await RaceAsync(() => Ingest(store, withPrefecture, WithPrefecture()), () => Ingest(store, withoutPrefecture, WithoutPrefecture()));
            else await RaceAsync(() => Ingest(store, withoutPrefecture, WithoutPrefecture()), () => Ingest(store, withPrefecture, WithPrefecture()));

            await AssertOneCountyAsync(store, round, 2020, 2021);
        }
    }

    [Fact]
    public async Task Reports_of_the_same_county_in_one_batch_beside_a_racing_load_are_one_region()
    {
        for (var round = 0; round < Rounds; round++)
        {
            await using var store = await SqliteGraphStore.OpenAsync(_db.NewPath());
            var next = WithoutPrefecture();
            next = next with { Report = next.Report with { Year = 2022 }, OriginalText = next.OriginalText + "\n(2022)" };

            await RaceAsync(() => store.IngestBatchAsync([WithoutPrefecture(), next]), () => store.IngestAsync(WithPrefecture()));

            await AssertOneCountyAsync(store, round, 2020, 2021, 2022);
        }
    }

    public void Dispose() => _db.Dispose();
}
