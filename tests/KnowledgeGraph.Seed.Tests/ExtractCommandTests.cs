using System.Text.Json;

namespace KnowledgeGraph.Seed.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Extract_json_prints_one_object_per_report_per_line()
    {
        var gaoyi = Path.Combine(Repository.Reports, "gaoyi-county-2020.txt");
        var yueyang = Path.Combine(Repository.Reports, "yueyang-county-2021.txt");

        var run = await SeedRun.RunAsync("extract", gaoyi, yueyang, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("高邑县", first.RootElement.GetProperty("report").GetProperty("jurisdiction").GetString());
        Assert.Contains(first.RootElement.GetProperty("documents").EnumerateArray(),
            d => d.TryGetProperty("number", out var n) && n.GetString() == "高政办发〔2020〕65号");
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(2021, second.RootElement.GetProperty("report").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task A_report_that_cannot_be_read_is_named_and_the_others_still_print()
    {
        var broken = _temp.File("broken.txt");
        await File.WriteAllBytesAsync(broken, [0x00, 0x00, 0xFF, 0xFE, 0x00]);

        var run = await SeedRun.RunAsync("extract", broken, Path.Combine(Repository.Reports, "fuyun-county-2024.txt"), "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.txt", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Options_state_what_the_text_does_not_say()
    {
        var run = await SeedRun.RunAsync("extract", Path.Combine(Repository.Reports, "pinglu-district-2020.txt"), "--json",
            "--parent-city", "朔州市", "--province", "山西省");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var report = json.RootElement.GetProperty("report");
        Assert.Equal("朔州市", report.GetProperty("parentCity").GetString());
        Assert.Equal("山西省", report.GetProperty("province").GetString());
    }

    [Fact]
    public async Task Evaluate_prints_precision_and_recall_per_fact_type_for_the_five_reports()
    {
        var run = await SeedRun.RunAsync("evaluate",
            "--gold", Path.Combine(Repository.Root, "tests", "KnowledgeGraph.Extraction.Tests", "Gold"), "--reports", Repository.Reports);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("precision", run.Output, StringComparison.Ordinal);
        foreach (var report in new[] { "gaoyi-county-2020", "yueyang-county-2021", "tangshan-hitech-zone-2023", "fuyun-county-2024", "pinglu-district-2020" })
            Assert.Contains(report, run.Output, StringComparison.Ordinal);
        foreach (var type in new[] { "documents", "delegations", "responsibilities", "problems", "metrics" })
            Assert.Matches($@"ALL\s+{type}\s+\d+", run.Output);
    }

    public void Dispose() => _temp.Dispose();
}
