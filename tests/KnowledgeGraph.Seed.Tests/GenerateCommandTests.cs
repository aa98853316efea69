using KnowledgeGraph.Extraction.Metadata;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Seed.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task The_same_seed_writes_byte_identical_report_texts()
    {
        var first = _temp.File("a");
        var second = _temp.File("b");

        var runA = await SeedRun.RunAsync("generate", "--counties", "8", "--years", "2", "--seed", "42", "--out", first);
        var runB = await SeedRun.RunAsync("generate", "--counties", "8", "--years", "2", "--seed", "42", "--out", second);

        Assert.True(runA.ExitCode == 0, runA.ToString());
        Assert.True(runB.ExitCode == 0, runB.ToString());
        var filesA = RelativeFiles(first);
        Assert.Equal(16, filesA.Count);
        Assert.Equal(filesA, RelativeFiles(second));
        foreach (var file in filesA)
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, file)), await File.ReadAllBytesAsync(Path.Combine(second, file)));
    }

    [Fact]
    public async Task Sidecars_state_each_report_s_jurisdiction_and_year()
    {
        var folder = _temp.File("corpus");
        var run = await SeedRun.RunAsync("generate", "--counties", "3", "--seed", "5", "--out", folder, "--sidecars");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var text in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories))
        {
            var meta = ReportMetaOverrides.LoadSidecar(text);
            Assert.NotNull(meta);
            Assert.Equal($"{meta.Jurisdiction}-{meta.Year}.txt", Path.GetFileName(text));
            Assert.Equal(Path.GetFileName(Path.GetDirectoryName(text)), meta.Province);
            Assert.NotNull(meta.Level);
        }
    }

    [Fact]
    public async Task Facts_go_straight_into_the_store_and_a_second_run_changes_nothing()
    {
        var db = _temp.File("graph.db");

        var first = await SeedRun.RunAsync("generate", "--counties", "6", "--years", "2", "--seed", "9", "--sqlite", db);
        var second = await SeedRun.RunAsync("generate", "--counties", "6", "--years", "2", "--seed", "9", "--sqlite", db);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(@"reports loaded\W+12\b", first.Output);
        Assert.Matches(@"unchanged duplicates\W+12\b", second.Output);
        await using var store = await SqliteGraphStore.OpenAsync(db);
        var counts = await store.GetCountsAsync();
        Assert.Equal(12, counts.NodeCount("Report"));
        Assert.True(counts.NodeCount("Delegation") >= 24, "every report hands powers down at least twice");
    }

    [Fact]
    public async Task Generate_needs_somewhere_to_put_the_corpus()
    {
        var run = await SeedRun.RunAsync("generate", "--counties", "2");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--out DIR", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static List<string> RelativeFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
