namespace KnowledgeGraph.Seed.Tests;

public sealed class ExchangeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task An_export_imported_into_an_empty_store_exports_byte_for_byte_the_same()
    {
        var source = _temp.File("source.db");
        var load = await SeedRun.RunAsync("load", Repository.Reports, "--sqlite", source);
        Assert.True(load.ExitCode == 0, load.ToString());
        var generate = await SeedRun.RunAsync("generate", "--counties", "3", "--seed", "11", "--sqlite", source);
        Assert.True(generate.ExitCode == 0, generate.ToString());

        var first = _temp.File("first.jsonl");
        Assert.Equal(0, (await SeedRun.RunAsync("export", "--sqlite", source, "--out", first)).ExitCode);
        var copy = _temp.File("copy.db");
        var import = await SeedRun.RunAsync("import", first, "--sqlite", copy);
        Assert.True(import.ExitCode == 0, import.ToString());
        var second = _temp.File("second.jsonl");
        Assert.Equal(0, (await SeedRun.RunAsync("export", "--sqlite", copy, "--out", second)).ExitCode);

        var bytes = await File.ReadAllBytesAsync(first);
        Assert.True(bytes.Length > 10_000);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task Export_without_out_writes_json_lines_to_standard_output()
    {
        var db = _temp.File("graph.db");
        Assert.Equal(0, (await SeedRun.RunAsync("generate", "--counties", "2", "--seed", "3", "--sqlite", db)).ExitCode);
        var file = _temp.File("graph.jsonl");
        Assert.Equal(0, (await SeedRun.RunAsync("export", "--sqlite", db, "--out", file)).ExitCode);

        var run = await SeedRun.RunAsync("export", "--sqlite", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(file), run.Output);
        Assert.All(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("{", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_refuses_a_store_that_is_not_empty()
    {
        var db = _temp.File("graph.db");
        Assert.Equal(0, (await SeedRun.RunAsync("generate", "--counties", "2", "--seed", "3", "--sqlite", db)).ExitCode);
        var file = _temp.File("graph.jsonl");
        Assert.Equal(0, (await SeedRun.RunAsync("export", "--sqlite", db, "--out", file)).ExitCode);

        var run = await SeedRun.RunAsync("import", file, "--sqlite", db);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("import: ", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
