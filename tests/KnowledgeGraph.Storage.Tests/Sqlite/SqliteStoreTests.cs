using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>What is particular to the embedded store: the file, its migrations and settings, transactions.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task Opening_applies_the_migrations_once_and_records_them()
    {
        var path = _db.NewPath();
        await (await SqliteGraphStore.OpenAsync(path)).DisposeAsync();
        await using (var again = await SqliteGraphStore.OpenAsync($"Data Source={path}"))
        {
            Assert.True(await again.IsEmptyAsync());
        }

        var applied = await SqliteRows.QueryAsync(path, "SELECT version, name FROM schema_migrations ORDER BY version");

        Assert.Equal(["1|001_graph.sql", "2|002_fulltext.sql", "3|003_short_query_grams.sql", "4|004_length_ordered_search.sql", "5|005_power_items.sql", "6|006_merged_search_segments.sql"], applied);
        Assert.Equal(["wal"], await SqliteRows.QueryAsync(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task The_store_creates_the_folder_of_its_file_and_refuses_memory_databases()
    {
        var path = Path.Combine(_db.Directory, "data", "nested", "graph.db");
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            Assert.Equal("sqlite", store.Backend);
            Assert.True((await store.CheckHealthAsync()).Healthy);
        }
        Assert.True(File.Exists(path));
        await Assert.ThrowsAsync<ArgumentException>(() => SqliteGraphStore.OpenAsync(":memory:"));
    }

    [Fact]
    public async Task A_report_that_fails_half_way_leaves_the_graph_as_it_was()
    {
        var path = _db.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(path);
        await store.IngestAsync(HandBuiltReports.Pinglu());
        var counts = await store.GetCountsAsync();
        var version = await store.GetGraphVersionAsync();
        var gaoyi = HandBuiltReports.Gaoyi();
        // a problem without text breaks a NOT NULL constraint after regions, documents and delegations are written
        var broken = gaoyi with { Problems = [new ProblemFact { Text = null! }] };

        await Assert.ThrowsAsync<SqliteException>(() => store.IngestAsync(broken));

        Assert.Equal(counts.Nodes, (await store.GetCountsAsync()).Nodes);
        Assert.Equal(version, await store.GetGraphVersionAsync());
        Assert.Empty(await store.GetNodesAsync([KnowledgeGraph.Storage.Ingestion.ReportGraphBuilder.JurisdictionIdOf(gaoyi.Report)]));
        var ok = await store.IngestAsync(gaoyi);
        Assert.Equal(IngestOutcome.Added, ok.Outcome);
    }

    [Fact]
    public async Task A_disposed_store_reports_itself_unhealthy()
    {
        var store = await SqliteGraphStore.OpenAsync(_db.NewPath());
        await store.DisposeAsync();

        var health = await store.CheckHealthAsync();

        Assert.False(health.Healthy);
        Assert.NotNull(health.Detail);
    }

    /// <summary>The hot lookups of the API must be index searches, never scans of a big table.</summary>
    [Theory]
    [InlineData("township's delegations", "SELECT dl.id FROM delegation_recipient rc JOIN delegation dl ON dl.id = rc.delegation_id WHERE rc.target_id = 'Region:x'")]
    [InlineData("authority chain step", "SELECT basis_id FROM based_on WHERE document_id = 'Document:x'")]
    [InlineData("documents of an issuer", "SELECT id FROM document WHERE issuer_id = 'Agency:x' AND year = 2020")]
    [InlineData("document by number", "SELECT id FROM document WHERE number = '高政办发〔2020〕65号'")]
    [InlineData("powers of delegations", "SELECT power_id FROM covers WHERE delegation_id IN ('Delegation:a', 'Delegation:b')")]
    [InlineData("delegations of a power", "SELECT delegation_id FROM covers WHERE power_id = 'Power:x'")]
    [InlineData("evidence of a fact", "SELECT quote FROM evidence WHERE fact_id = 'Delegation:x'")]
    [InlineData("reports citing a document", "SELECT report_id FROM mention WHERE fact_id = 'Document:x'")]
    [InlineData("children of a region", "SELECT id FROM region WHERE parent_id = 'Region:x'")]
    [InlineData("problems of a region and year", "SELECT id FROM problem WHERE region_id = 'Region:x' AND year = 2021")]
    [InlineData("full-text", "SELECT s.id FROM sentence_search f JOIN sentence s ON s.pk = f.rowid & 4294967295 WHERE sentence_search MATCH '\"行政执\" AND \"政执法\"' AND instr(lower(s.text), '行政执法') > 0 ORDER BY f.rowid LIMIT 20")]
    [InlineData("short-query search", "SELECT g.id FROM region_search f JOIN region g ON g.pk = f.rowid & 4294967295 WHERE region_search MATCH '\"镇\" *' ORDER BY f.rowid LIMIT 20")]
    [InlineData("search index upkeep", "DELETE FROM sentence_search WHERE rowid = (9 << 32) + 1")]
    public async Task Hot_lookups_use_an_index(string what, string sql)
    {
        var path = _db.NewPath();
        await (await SqliteGraphStore.OpenAsync(path)).DisposeAsync();

        var plan = string.Join("\n", await SqliteRows.QueryAsync(path, "EXPLAIN QUERY PLAN " + sql));

        // "SCAN x" is a full pass over a table (aliases appear as written); FTS5 answers through its own index
        Assert.False(System.Text.RegularExpressions.Regex.IsMatch(plan, @"\bSCAN (?!\S+ VIRTUAL TABLE)"), $"{what} scans: {plan}");
    }

    public void Dispose() => _db.Dispose();
}
