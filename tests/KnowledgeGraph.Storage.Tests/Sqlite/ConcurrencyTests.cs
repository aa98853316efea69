using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Fixtures;
using KnowledgeGraph.Storage.Tests.Loader;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>Readers keep being answered while loads run, in this process and from another one; nobody sees "database is locked".</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task Queries_are_answered_while_reports_load_in_the_same_process()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_db.NewPath());
        await store.IngestAsync(HandBuiltReports.Gaoyi());
        using var stop = new CancellationTokenSource();
        var plan = LoadPlan.Reports(12);

        var load = Task.Run(async () =>
        {
            // two writers at once: the store serializes them
            await Task.WhenAll(
                Task.Run(async () => { foreach (var r in plan.Take(6)) await store.IngestAsync(r); }),
                Task.Run(async () => { foreach (var r in plan.Skip(6)) await store.IngestAsync(r); }));
        });
        var readers = Enumerable.Range(0, 4).Select(i => Task.Run(() => ReadUntilAsync(store, load, i))).ToList();

        await load;
        var answered = await Task.WhenAll(readers);

        Assert.All(answered, n => Assert.True(n > 0));
        Assert.Equal(13, (await store.GetCountsAsync()).NodeCount(NodeLabels.Report));
    }

    [Fact]
    public async Task Queries_and_writes_in_this_process_proceed_while_another_process_loads()
    {
        var path = _db.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(path);
        await store.IngestAsync(HandBuiltReports.Gaoyi() with { Report = HandBuiltReports.Gaoyi().Report with { Year = 2030 } });

        using var loader = LoaderProcess.Start(path, 16);
        var finished = Task.Run(async () => await loader.WaitForExitAsync(TimeSpan.FromMinutes(3)));
        var reads = Task.Run(() => ReadUntilAsync(store, finished, 0));
        var writes = Task.Run(async () =>
        {
            var n = 0;
            while (!finished.IsCompleted)
            {
                var r = HandBuiltReports.Pinglu();
                await store.IngestAsync(r with { Report = r.Report with { Year = 2100 + n }, OriginalText = r.OriginalText + n });
                n++;
            }
            return n;
        });

        Assert.Equal(0, await finished);
        Assert.True(await reads > 0);
        var written = await writes;
        Assert.Equal(17 + written, (await store.GetCountsAsync()).NodeCount(NodeLabels.Report));
    }

    /// <summary>Asks the questions the API asks, over and over, until <paramref name="until"/> completes; returns how many were answered.</summary>
    private static async Task<int> ReadUntilAsync(IGraphStore store, Task until, int seed)
    {
        var answered = 0;
        var county = KnowledgeGraph.Storage.Ingestion.ReportGraphBuilder.JurisdictionIdOf(HandBuiltReports.Gaoyi().Report);
        while (!until.IsCompleted || answered == 0)
        {
            switch ((answered + seed) % 5)
            {
                case 0:
                    var page = await store.ListDelegationsAsync(new DelegationFilter(), [], PageRequest.FirstPage(20));
                    Assert.True(page.TotalCount >= page.Edges.Count);
                    break;
                case 1:
                    Assert.NotEmpty(await store.SearchAsync("法治政府"));
                    break;
                case 2:
                    var reaching = await store.GetDelegationsReachingAsync(county);
                    Assert.NotEmpty(reaching);
                    break;
                case 3:
                    Assert.True((await store.GetCountsAsync()).NodeCount(NodeLabels.Report) >= 1);
                    break;
                default:
                    Assert.True((await store.CheckHealthAsync()).Healthy);
                    break;
            }
            answered++;
        }
        return answered;
    }

    public void Dispose() => _db.Dispose();
}
