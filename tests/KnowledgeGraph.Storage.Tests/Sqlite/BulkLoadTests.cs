using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Fixtures;
using KnowledgeGraph.Storage.Tests.Loader;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// Bulk loads into a new file: the store they leave is the store a normal load leaves (same export byte for byte,
/// same schema and migrations, same search answers), and until the load completes there is no store at the path.
/// </summary>
public sealed class BulkLoadTests : IDisposable
{
    private readonly TempDatabase _db = new();

    /// <summary>Both loads stamp reports with the same load time, so their exports can be compared byte for byte.</summary>
    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    }

    private static IReadOnlyList<ReportFacts> Corpus() => [.. LoadPlan.Reports(12), .. ExtractedReports.All()];

    private static readonly string[] Queries = ["镇", "乡镇", "司法局", "综合执法", "行政执法", "岳阳县乡镇综合执法工作暂行规定", "依法行政"];

    private static async Task<byte[]> ExportAsync(IGraphStore store)
    {
        using var buffer = new MemoryStream();
        await store.ExportAsync(buffer);
        return buffer.ToArray();
    }

    private async Task<string> BulkLoadAsync(IReadOnlyList<ReportFacts> reports)
    {
        var path = _db.NewPath();
        await using var bulk = await SqliteBulkLoad.BeginAsync(path, new FixedClock());
        // two batches, as the loaders send them
        var outcomes = (await bulk.Store.IngestBatchAsync(reports.Take(7).ToList())).Concat(await bulk.Store.IngestBatchAsync(reports.Skip(7).ToList()));
        Assert.All(outcomes, o => Assert.Equal(IngestOutcome.Added, o.Result!.Outcome));
        await bulk.CompleteAsync();
        return path;
    }

    [Fact]
    public async Task A_bulk_load_leaves_the_store_a_normal_load_leaves()
    {
        var reports = Corpus();
        var normalPath = _db.NewPath();
        await using var normal = await SqliteGraphStore.OpenAsync(normalPath, new FixedClock());
        await normal.IngestBatchAsync(reports.Take(7).ToList());
        await normal.IngestBatchAsync(reports.Skip(7).ToList());

        var bulkPath = await BulkLoadAsync(reports);
        await using var bulk = await SqliteGraphStore.OpenAsync(bulkPath, new FixedClock());

        Assert.Equal(await ExportAsync(normal), await ExportAsync(bulk));
        Assert.Equal(await normal.GetGraphVersionAsync(), await bulk.GetGraphVersionAsync());
        foreach (var query in Queries)
        {
            var expected = await normal.SearchAsync(query, limit: 200);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await bulk.SearchAsync(query, limit: 200));
        }
        const string schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
        Assert.Equal(await SqliteRows.QueryAsync(normalPath, schema), await SqliteRows.QueryAsync(bulkPath, schema));
        const string migrations = "SELECT version, name FROM schema_migrations ORDER BY version";
        Assert.Equal(await SqliteRows.QueryAsync(normalPath, migrations), await SqliteRows.QueryAsync(bulkPath, migrations));
        Assert.Equal(["wal"], await SqliteRows.QueryAsync(bulkPath, "PRAGMA journal_mode"));
        Assert.Equal(["ok"], await SqliteRows.QueryAsync(bulkPath, "PRAGMA integrity_check"));
        // the search windows hold exactly one row per searchable text, as the triggers would have written them
        foreach (var (table, search) in new[] { ("sentence", "sentence_search"), ("document", "document_search"), ("region", "region_search") })
        {
            var sql = $"SELECT (SELECT COUNT(*) FROM {table}), (SELECT COUNT(*) FROM {search})";
            var counts = (await SqliteRows.QueryAsync(bulkPath, sql)).Single().Split('|');
            Assert.Equal(counts[0], counts[1]);
        }
    }

    [Fact]
    public async Task After_a_bulk_load_the_store_loads_normally_again_nothing_changes_and_revisions_replace()
    {
        var reports = Corpus();
        var path = await BulkLoadAsync(reports);
        await using var store = await SqliteGraphStore.OpenAsync(path);
        var counts = await store.GetCountsAsync();

        var again = await store.IngestBatchAsync(reports);
        Assert.All(again, o => Assert.Equal(IngestOutcome.Unchanged, o.Result!.Outcome));
        Assert.Equal(counts.Nodes, (await store.GetCountsAsync()).Nodes);

        var gaoyi = HandBuiltReports.Gaoyi();
        // the 1990 report of the plan carries every sentence of its text; its revision states only the hand-built ones
        var revised = gaoyi with { Report = gaoyi.Report with { Year = 1990 }, OriginalText = gaoyi.OriginalText + "\n修订" };
        var result = await store.IngestAsync(revised);
        Assert.Equal(IngestOutcome.Revised, result.Outcome);
        Assert.True(result.FactsRemoved > 0, "the sentences the revision no longer states are removed");
        Assert.True((await store.GetCountsAsync()).NodeCount("Sentence") < counts.NodeCount("Sentence"));
    }

    [Fact]
    public async Task Until_it_completes_a_bulk_load_is_only_a_partial_file_and_abandoned_it_leaves_no_store()
    {
        var path = _db.NewPath();
        await using (var bulk = await SqliteBulkLoad.BeginAsync(path))
        {
            await bulk.Store.IngestBatchAsync(LoadPlan.Reports(3));
            Assert.False(File.Exists(path));
            Assert.True(File.Exists(path + ".partial"));
        }
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".partial"));

        // a load killed before the rename leaves its partial file: the next bulk load starts over from an empty one
        await File.WriteAllBytesAsync(path + ".partial", [1, 2, 3, 4]);
        await using (var bulk = await SqliteBulkLoad.BeginAsync(path))
        {
            await bulk.Store.IngestBatchAsync(LoadPlan.Reports(2));
            await bulk.CompleteAsync();
        }
        await using var store = await SqliteGraphStore.OpenAsync(path);
        Assert.Equal(2, (await store.GetCountsAsync()).NodeCount("Report"));
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public async Task A_bulk_load_writes_only_a_new_store_and_one_at_a_time()
    {
        var existing = _db.NewPath();
        await using (var store = await SqliteGraphStore.OpenAsync(existing)) await store.IngestAsync(HandBuiltReports.Pinglu());
        Assert.False(SqliteBulkLoad.CanLoadInto(existing));
        await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteBulkLoad.BeginAsync(existing));

        var path = _db.NewPath();
        Assert.True(SqliteBulkLoad.CanLoadInto(path));
        await using var first = await SqliteBulkLoad.BeginAsync(path);
        await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteBulkLoad.BeginAsync(path));
    }

    [Fact]
    public async Task Only_indexes_that_enforce_nothing_and_the_search_window_triggers_are_suspended()
    {
        await using var bulk = await SqliteBulkLoad.BeginAsync(_db.NewPath());

        Assert.Contains("mention_fact", bulk.Suspended);
        Assert.Contains("covers_power", bulk.Suspended);
        Assert.Contains("sentence_search_insert", bulk.Suspended);
        Assert.Contains("sentence_search_update", bulk.Suspended);
        Assert.DoesNotContain(bulk.Suspended, name => name.StartsWith("sqlite_autoindex", StringComparison.Ordinal));
    }

    public void Dispose() => _db.Dispose();
}
