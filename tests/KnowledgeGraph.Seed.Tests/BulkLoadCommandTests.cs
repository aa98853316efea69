using System.Text.RegularExpressions;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>
/// generate into a new SQLite file takes the bulk path (indexes built at the end, file renamed into place); what it
/// leaves exports the same as the ordinary path, and later runs write into it normally.
/// </summary>
public sealed partial class BulkLoadCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>Each load stamps its reports with the time it ran; everything else must be the same.</summary>
    [GeneratedRegex("\"loadedAt\":\"[^\"]*\"")]
    private static partial Regex LoadedAt();

    private async Task<string> ExportAsync(string db)
    {
        var file = _temp.File(Path.GetFileName(db) + ".jsonl");
        var run = await SeedRun.RunAsync("export", "--sqlite", db, "--out", file);
        Assert.True(run.ExitCode == 0, run.ToString());
        return LoadedAt().Replace(await File.ReadAllTextAsync(file), "\"loadedAt\":\"\"");
    }

    [Fact]
    public async Task Generate_into_a_new_file_bulk_loads_the_graph_the_ordinary_path_writes()
    {
        var bulkDb = _temp.File("bulk.db");
        var normalDb = _temp.File("normal.db");

        var bulk = await SeedRun.RunAsync("generate", "--counties", "5", "--years", "2", "--seed", "3", "--sqlite", bulkDb, "--batch", "4");
        var normal = await SeedRun.RunAsync("generate", "--counties", "5", "--years", "2", "--seed", "3", "--sqlite", normalDb, "--batch", "4", "--no-bulk");

        Assert.True(bulk.ExitCode == 0, bulk.ToString());
        Assert.True(normal.ExitCode == 0, normal.ToString());
        Assert.Contains("bulk load", bulk.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("bulk load", normal.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(bulkDb + ".partial"));
        var expected = await ExportAsync(normalDb);
        Assert.True(expected.Length > 10_000, "the corpus exports a real graph");
        Assert.Equal(expected, await ExportAsync(bulkDb));

        await using var store = await SqliteGraphStore.OpenAsync(bulkDb);
        var hits = await store.SearchAsync("司法局", limit: 5);
        Assert.NotEmpty(hits);
    }

    [Fact]
    public async Task A_second_generate_into_the_bulk_loaded_file_writes_normally_and_changes_nothing()
    {
        var db = _temp.File("graph.db");

        var first = await SeedRun.RunAsync("generate", "--counties", "3", "--years", "2", "--seed", "4", "--sqlite", db);
        var second = await SeedRun.RunAsync("generate", "--counties", "3", "--years", "2", "--seed", "4", "--sqlite", db);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("bulk load", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("bulk load", second.Output, StringComparison.Ordinal);
        Assert.Matches(@"unchanged duplicates\W+6\b", second.Output);
    }

    public void Dispose() => _temp.Dispose();
}
