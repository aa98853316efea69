using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>The window indexes of migration 004: conversion of older databases, exactness, and plans that stop at LIMIT.</summary>
public sealed class SqliteSearchIndexTests : IDisposable
{
    private readonly TempDatabase _db = new();

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static string Migration(string file)
    {
        using var stream = typeof(SqliteGraphStore).Assembly.GetManifestResourceStream("migrations/" + file)
            ?? throw new InvalidOperationException($"{file} is not embedded.");
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public async Task Migration_004_indexes_the_rows_of_a_database_written_before_it()
    {
        var path = _db.NewPath();
        await ExecuteAsync(path, Migration("001_graph.sql") + Migration("002_fulltext.sql") + Migration("003_short_query_grams.sql") + """
            CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
            INSERT INTO schema_migrations VALUES (1, '001_graph.sql', '2026-11-01'), (2, '002_fulltext.sql', '2026-11-01'),
                (3, '003_short_query_grams.sql', '2026-11-01');
            INSERT INTO region (id, name, level) VALUES ('Region:公田镇', '公田镇', 7);
            INSERT INTO agency (id, name, kind, region_id) VALUES ('Agency:高邑县民宗局', '高邑县民宗局', 1, NULL);
            INSERT INTO document (id, title, kind) VALUES ('Document:规定', '岳阳县乡镇综合执法工作暂行规定', 5);
            """);

        await using var store = await SqliteGraphStore.OpenAsync(path);

        Assert.Equal("公田镇", Assert.Single(await store.SearchAsync("镇", [SearchKind.Region])).Text);
        Assert.Equal("高邑县民宗局", Assert.Single(await store.SearchAsync("民宗")).Text);
        Assert.Equal("岳阳县乡镇【综合执法】工作暂行规定", Assert.Single(await store.SearchAsync("综合执法")).Snippet);
        Assert.Empty(await SqliteRows.QueryAsync(path, "SELECT name FROM sqlite_schema WHERE name LIKE '%_fts%' OR name LIKE 'search_gram%'"));
    }

    [Fact]
    public async Task A_text_holding_every_window_of_the_query_apart_is_not_a_hit()
    {
        var path = _db.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(path);
        // the second name holds 综合执, 合执法 and 执法局 — every window of 综合执法局 — but never the query itself
        await ExecuteAsync(path, """
            INSERT INTO agency (id, name, kind) VALUES ('Agency:a', '甲县综合执法局', 1), ('Agency:b', '综合执勤合执法队执法局', 1);
            """);

        var hit = Assert.Single(await store.SearchAsync("综合执法局"));

        Assert.Equal("Agency:a", hit.NodeId);
    }

    [Fact]
    public async Task Ascii_letters_match_in_either_case_and_punctuation_in_the_query_is_kept()
    {
        var path = _db.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(path);
        await ExecuteAsync(path, """
            INSERT INTO document (id, title, kind) VALUES ('Document:a', '政务APP(试行)管理办法', 5), ('Document:b', '政务app试行管理办法', 5);
            """);

        Assert.Equal(["Document:b", "Document:a"], (await store.SearchAsync("App")).Select(h => h.NodeId));
        Assert.Equal("政务【APP(试】行)管理办法", Assert.Single(await store.SearchAsync("app(试")).Snippet);
        Assert.Empty(await store.SearchAsync("()"));
    }

    /// <summary>Each kind's search reads its index in rowid (length) order and stops at LIMIT: no sort of all matches.</summary>
    [Theory]
    [InlineData("'\"行政执\" AND \"政执法\"'", "行政执法")]
    [InlineData("'\"乡镇\" *'", "乡镇")]
    public async Task A_search_reads_its_index_in_length_order_without_sorting_the_matches(string match, string query)
    {
        var path = _db.NewPath();
        await (await SqliteGraphStore.OpenAsync(path)).DisposeAsync();

        var plan = string.Join("\n", await SqliteRows.QueryAsync(path, $"""
            EXPLAIN QUERY PLAN SELECT s.id, s.text, ix.rowid >> 32 FROM sentence_search ix JOIN sentence s ON s.pk = ix.rowid & 4294967295
            WHERE sentence_search MATCH {match} AND instr(lower(s.text), lower('{query}')) > 0 ORDER BY ix.rowid LIMIT 20
            """));

        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
        Assert.Contains("USING INTEGER PRIMARY KEY", plan, StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
