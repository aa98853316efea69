using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Loader;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>A loading process killed with SIGKILL mid-load leaves every report whole or absent; loading again completes it.</summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int ReportCount = 30;
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task A_load_killed_midway_leaves_each_report_complete_or_absent_and_rerunning_completes_it_without_duplicates()
    {
        var path = _db.NewPath();
        var plan = LoadPlan.Reports(ReportCount);
        var builder = new ReportGraphBuilder();
        var expected = plan.ToDictionary(r => builder.Build(r).Report.Id, r => builder.Build(r));

        using (var loader = LoaderProcess.Start(path, ReportCount))
        {
            await loader.WaitForLoadedAsync(3, TimeSpan.FromMinutes(2));
            loader.Kill();
            await loader.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.False(loader.Finished, "the loader was meant to die in the middle of the load");
        }

        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            var present = await AllReportsAsync(store);
            Assert.InRange(present.Count, 3, ReportCount - 1);
            foreach (var report in present) await AssertCompleteAsync(store, expected[report.Id]);
        }

        using (var rerun = LoaderProcess.Start(path, ReportCount))
        {
            Assert.Equal(0, await rerun.WaitForExitAsync(TimeSpan.FromMinutes(3)));
            Assert.True(rerun.Finished);
        }

        await using var resumed = await SqliteGraphStore.OpenAsync(path);
        await using var clean = await SqliteGraphStore.OpenAsync(_db.NewPath());
        foreach (var report in plan) await clean.IngestAsync(report);
        var counts = await resumed.GetCountsAsync();
        var cleanCounts = await clean.GetCountsAsync();
        Assert.Equal(cleanCounts.Nodes.OrderBy(k => k.Key), counts.Nodes.OrderBy(k => k.Key));
        Assert.Equal(cleanCounts.Edges.OrderBy(k => k.Key), counts.Edges.OrderBy(k => k.Key));
        Assert.Equal(ReportCount, counts.NodeCount(NodeLabels.Report));
        foreach (var graph in expected.Values) await AssertCompleteAsync(resumed, graph);
    }

    private static async Task<List<ReportNode>> AllReportsAsync(IGraphStore store)
    {
        var page = await store.ListReportsAsync(new ReportFilter(), [], PageRequest.FirstPage(PageRequest.MaxPageSize));
        return page.Nodes.ToList();
    }

    /// <summary>Everything the report states is there: its text, delegations, problems, metrics, sentences and evidence.</summary>
    private static async Task AssertCompleteAsync(IGraphStore store, ReportGraph graph)
    {
        var id = graph.Report.Id;
        Assert.Equal(graph.OriginalText, await store.GetReportTextAsync(id));
        var stated = await store.GetNeighborsAsync([id], Relation.StatedIn, Direction.Incoming);
        var expected = graph.Delegations.Select(d => d.Id).Concat(graph.Responsibilities.Select(r => r.Id))
            .Concat(graph.Problems.Select(p => p.Id)).Concat(graph.Metrics.Select(m => m.Id));
        Assert.Equal(expected.Order(StringComparer.Ordinal), stated[id].Order(StringComparer.Ordinal));
        var sentences = await store.GetNodesAsync(graph.Sentences.Select(s => s.Id).ToList());
        Assert.Equal(graph.Sentences.Count, sentences.Count);
        var evidence = await store.GetEvidenceAsync(graph.Evidence.Select(e => e.FactId).Distinct().ToList());
        Assert.Equal(graph.Evidence.Count, evidence.Values.Sum(list => list.Count(e => e.ReportId == id)));
    }

    public void Dispose() => _db.Dispose();
}
