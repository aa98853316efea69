using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Fixtures;
using KnowledgeGraph.Storage.Tests.Loader;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// Batch loads: one transaction per batch and a savepoint per report. A failing report leaves nothing behind and
/// does not stop the others; a load killed mid-batch leaves whole batches or nothing of them; the graph equals
/// one loaded a report at a time.
/// </summary>
public sealed class BatchIngestTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task A_report_failing_inside_a_batch_is_rolled_back_alone_and_the_others_are_loaded()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_db.NewPath());
        // a problem without text breaks a NOT NULL constraint after the report's regions and documents are written
        var broken = HandBuiltReports.Gaoyi() with { Problems = [new ProblemFact { Text = null! }] };
        var version = await store.GetGraphVersionAsync();

        var outcomes = await store.IngestBatchAsync([HandBuiltReports.Pinglu(), broken, HandBuiltReports.Yueyang()]);

        Assert.Equal([true, false, true], outcomes.Select(o => o.Succeeded));
        Assert.IsType<SqliteException>(outcomes[1].Error);
        Assert.Equal(IngestOutcome.Added, outcomes[0].Result!.Outcome);
        Assert.Equal(IngestOutcome.Added, outcomes[2].Result!.Outcome);
        Assert.Equal(version + 2, await store.GetGraphVersionAsync());
        Assert.Empty(await store.GetNodesAsync([ReportGraphBuilder.JurisdictionIdOf(broken.Report)]));
        Assert.Equal(2, (await store.GetCountsAsync()).NodeCount(NodeLabels.Report));
    }

    [Fact]
    public async Task A_batch_builds_the_same_graph_as_one_report_at_a_time_and_again_changes_nothing()
    {
        var reports = LoadPlan.Reports(12);
        await using var batched = await SqliteGraphStore.OpenAsync(_db.NewPath());
        await using var single = await SqliteGraphStore.OpenAsync(_db.NewPath());
        foreach (var report in reports) await single.IngestAsync(report);

        var first = await batched.IngestBatchAsync(reports);
        var again = await batched.IngestBatchAsync(reports);

        Assert.All(first, o => Assert.Equal(IngestOutcome.Added, o.Result!.Outcome));
        Assert.All(again, o => Assert.Equal(IngestOutcome.Unchanged, o.Result!.Outcome));
        var expected = await single.GetCountsAsync();
        var actual = await batched.GetCountsAsync();
        Assert.Equal(expected.Nodes.OrderBy(k => k.Key), actual.Nodes.OrderBy(k => k.Key));
        Assert.Equal(expected.Edges.OrderBy(k => k.Key), actual.Edges.OrderBy(k => k.Key));
    }

    [Fact]
    public async Task A_batch_load_killed_midway_leaves_whole_batches_and_rerunning_completes_it()
    {
        const int reportCount = 40, batchSize = 4;
        var path = _db.NewPath();
        using (var loader = LoaderProcess.Start(path, reportCount, batchSize))
        {
            await loader.WaitForLoadedAsync(batchSize, TimeSpan.FromMinutes(2));
            loader.Kill();
            await loader.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.False(loader.Finished, "the loader was meant to die in the middle of the load");
        }

        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            var present = (await store.ListReportsAsync(new ReportFilter(), [], PageRequest.FirstPage(PageRequest.MaxPageSize))).Nodes.ToList();
            Assert.InRange(present.Count, batchSize, reportCount - 1);
            Assert.Equal(0, present.Count % batchSize);
        }

        using (var rerun = LoaderProcess.Start(path, reportCount, batchSize))
        {
            Assert.Equal(0, await rerun.WaitForExitAsync(TimeSpan.FromMinutes(3)));
        }
        await using var resumed = await SqliteGraphStore.OpenAsync(path);
        await using var clean = await SqliteGraphStore.OpenAsync(_db.NewPath());
        foreach (var report in LoadPlan.Reports(reportCount)) await clean.IngestAsync(report);
        var counts = await resumed.GetCountsAsync();
        var cleanCounts = await clean.GetCountsAsync();
        Assert.Equal(cleanCounts.Nodes.OrderBy(k => k.Key), counts.Nodes.OrderBy(k => k.Key));
        Assert.Equal(cleanCounts.Edges.OrderBy(k => k.Key), counts.Edges.OrderBy(k => k.Key));
    }

    public void Dispose() => _db.Dispose();
}
