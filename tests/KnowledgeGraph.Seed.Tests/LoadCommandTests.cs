using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Seed.Tests;

public sealed class LoadCommandTests : IDisposable
{
    private static readonly string[] Jurisdictions = ["高邑县", "岳阳县", "唐山高新技术产业开发区", "富蕴县", "平鲁区"];
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Loading_the_five_reports_puts_five_reports_and_their_facts_in_the_graph()
    {
        var db = _temp.File("graph.db");

        var run = await SeedRun.RunAsync("load", Repository.Reports, "--sqlite", db);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"reports loaded\W+5\b", run.Output);
        Assert.Matches(@"failures\W+0\b", run.Output);
        await using var store = await SqliteGraphStore.OpenAsync(db);
        var reports = await AllReportsAsync(store);
        Assert.Equal(Jurisdictions.Order(StringComparer.Ordinal), reports.Select(r => r.Jurisdiction).Order(StringComparer.Ordinal));
        var counts = await store.GetCountsAsync();
        Assert.Equal(5, counts.NodeCount("Report"));
        Assert.True(counts.NodeCount("Document") > 20, "the five reports cite dozens of documents");
        Assert.True(counts.NodeCount("Delegation") >= 5, "高邑, 岳阳 and 平鲁 hand powers down");
    }

    [Fact]
    public async Task A_bad_report_among_good_ones_fails_alone_and_the_exit_code_says_so()
    {
        var folder = Directory.CreateDirectory(_temp.File("in")).FullName;
        File.Copy(Path.Combine(Repository.Reports, "gaoyi-county-2020.txt"), Path.Combine(folder, "gaoyi-county-2020.txt"));
        File.Copy(Path.Combine(Repository.Reports, "fuyun-county-2024.txt"), Path.Combine(folder, "fuyun-county-2024.txt"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "broken.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x7F, 0x00]);
        await File.WriteAllTextAsync(Path.Combine(folder, "empty.txt"), string.Empty);
        var db = _temp.File("graph.db");

        var run = await SeedRun.RunAsync("load", folder, "--sqlite", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"reports loaded\W+2\b", run.Output);
        Assert.Matches(@"failures\W+2\b", run.Output);
        Assert.Contains("broken.txt", run.Output, StringComparison.Ordinal);
        Assert.Contains("empty.txt", run.Output, StringComparison.Ordinal);
        await using var store = await SqliteGraphStore.OpenAsync(db);
        Assert.Equal(["富蕴县", "高邑县"], (await AllReportsAsync(store)).Select(r => r.Jurisdiction).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Loading_again_changes_nothing()
    {
        var db = _temp.File("graph.db");
        var first = await SeedRun.RunAsync("load", Path.Combine(Repository.Reports, "*.txt"), "--sqlite", db);
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = await ExportAsync(db, "before.jsonl");
        long version;
        await using (var store = await SqliteGraphStore.OpenAsync(db)) version = await store.GetGraphVersionAsync();

        var second = await SeedRun.RunAsync("load", Repository.Reports, "--sqlite", db);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Matches(@"reports loaded\W+0\b", second.Output);
        Assert.Matches(@"unchanged duplicates\W+5\b", second.Output);
        await using (var store = await SqliteGraphStore.OpenAsync(db)) Assert.Equal(version, await store.GetGraphVersionAsync());
        Assert.Equal(before, await ExportAsync(db, "after.jsonl"));
    }

    [Fact]
    public async Task A_sidecar_supplies_what_the_text_does_not_say()
    {
        var folder = Directory.CreateDirectory(_temp.File("in")).FullName;
        File.Copy(Path.Combine(Repository.Reports, "pinglu-district-2020.txt"), Path.Combine(folder, "pinglu.txt"));
        await File.WriteAllTextAsync(Path.Combine(folder, "pinglu.meta.json"), """{"parentCity": "朔州市", "province": "山西省", "issuer": "平鲁区人民政府"}""");
        var db = _temp.File("graph.db");

        var run = await SeedRun.RunAsync("load", folder, "--sqlite", db);

        Assert.True(run.ExitCode == 0, run.ToString());
        await using var store = await SqliteGraphStore.OpenAsync(db);
        var report = Assert.Single(await AllReportsAsync(store));
        Assert.Equal("平鲁区人民政府", report.Issuer);
        var regions = await store.ListRegionsAsync(new RegionFilter(), [], new PageRequest { First = 50 });
        Assert.Contains(regions.Nodes, r => r.Name == "朔州市");
        Assert.Contains(regions.Nodes, r => r.Name == "山西省");
    }

    [Fact]
    public async Task Load_without_a_store_or_with_nothing_to_load_says_why()
    {
        var noStore = await SeedRun.RunAsync("load", Repository.Reports);
        Assert.Equal(2, noStore.ExitCode);
        Assert.Contains("no store", noStore.Error, StringComparison.Ordinal);

        var nothing = await SeedRun.RunAsync("load", _temp.File("missing/*.txt"), "--sqlite", _temp.File("graph.db"));
        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("names no report file", nothing.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<byte[]> ExportAsync(string db, string name)
    {
        var file = _temp.File(name);
        var run = await SeedRun.RunAsync("export", "--sqlite", db, "--out", file);
        Assert.True(run.ExitCode == 0, run.ToString());
        return await File.ReadAllBytesAsync(file);
    }

    internal static async Task<List<KnowledgeGraph.Storage.Model.ReportNode>> AllReportsAsync(IGraphStore store)
    {
        var page = await store.ListReportsAsync(new ReportFilter(), [], new PageRequest { First = PageRequest.MaxPageSize });
        return page.Nodes.ToList();
    }
}
