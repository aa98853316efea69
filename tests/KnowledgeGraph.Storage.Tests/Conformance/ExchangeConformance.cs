using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>
/// The whole graph as JSON lines: stable, and round-tripping through import. Each test takes all it needs from one
/// store before opening the next, so a backend with a single database (Neo4j Community: opening a store empties it)
/// runs them too: export, wipe, import, export again, compare.
/// </summary>
public abstract class ExchangeConformance : StoreConformance
{
    private static async Task<byte[]> ExportAsync(IGraphStore store)
    {
        using var buffer = new MemoryStream();
        await store.ExportAsync(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public async Task Export_then_import_then_export_is_byte_identical()
    {
        await LoadAsync(Store, [.. HandBuiltReports.All()]);
        var first = await ExportAsync(Store);
        Assert.Equal(first, await ExportAsync(Store));
        var counts = await Store.GetCountsAsync();

        var copy = await OpenAnotherAsync();
        using (var input = new MemoryStream(first)) await copy.ImportAsync(input);

        Assert.Equal(first, await ExportAsync(copy));
        EqualCounts(counts, await copy.GetCountsAsync());
        Assert.Equal(HandBuiltReports.Gaoyi().OriginalText, await copy.GetReportTextAsync(ReportId("高邑县", 2020)));
        Assert.Single(await copy.SearchAsync("综合执法工作暂行规定", [Queries.SearchKind.Document]));
    }

    [Fact]
    public async Task Loading_the_same_reports_in_another_order_exports_the_same_graph_apart_from_load_times()
    {
        await LoadAsync(Store, [.. HandBuiltReports.All()]);
        var inOrder = await ExportAsync(Store);
        var other = await OpenAnotherAsync();
        await LoadAsync(other, [.. HandBuiltReports.All().Reverse()]);

        static IEnumerable<string> Lines(byte[] export) => System.Text.Encoding.UTF8.GetString(export).Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, "\"loadedAt\":\"[^\"]*\"", ""));

        Assert.Equal(Lines(inOrder), Lines(await ExportAsync(other)));
    }

    [Fact]
    public async Task Import_refuses_a_store_that_already_holds_reports()
    {
        await LoadAsync(Store, HandBuiltReports.Gaoyi());
        var export = await ExportAsync(Store);

        using var input = new MemoryStream(export);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.ImportAsync(input));
    }
}
