namespace KnowledgeGraph.Api.Tests;

/// <summary>Loading reports over GraphQL: new content, the same content again, and broken input.</summary>
public class IngestTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Ingest = """
        mutation($input: IngestReportInput!) {
          ingestReport(input: $input) { duplicate counts { added updated unchanged removed } report { id year region { name } } }
        }
        """;

    private const string Counts = "{ graph { reports regions agencies documents delegations problems metrics responsibilities } }";

    [Fact]
    public async Task A_malformed_report_returns_an_error_and_leaves_the_graph_as_it_was()
    {
        var before = (await api.PostAsync(Counts)).DataOrFail().ToJsonString();
        foreach (var text in new[] { "", "   ", "\u0000\u0001\u0002binary\u0000" })
        {
            var response = await api.PostAsync(Ingest, new { input = new { text } }, ApiFactory.LoaderKey);
            var error = Assert.Single(response.Errors)!;
            Assert.Equal("BAD_REPORT", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Null(response.Data?["ingestReport"]);
        }
        Assert.Equal(before, (await api.PostAsync(Counts)).DataOrFail().ToJsonString());
    }

    [Fact]
    public async Task A_new_report_is_loaded_and_the_same_text_again_changes_nothing()
    {
        var text = """
            某某县人民政府关于2022年度法治政府建设情况的报告

            2022年,我县深入推进法治政府建设。一是推进乡镇综合行政执法改革。根据《某某县乡镇综合行政执法事项目录》,县司法局将行政处罚事项45项下放至各乡镇。
            二、存在的问题
            一是执法人员专业素质有待提高。二是基层法治宣传力度不够。
            某某县人民政府
            2023年1月15日
            """;
        var meta = new { jurisdiction = "某某县", year = 2022, province = "某某省" };

        var first = await api.PostAsync(Ingest, new { input = new { text, meta, sourceName = "test.txt" } }, ApiFactory.LoaderKey);
        var payload = first.DataOrFail()["ingestReport"]!;
        Assert.False(payload["duplicate"]!.GetValue<bool>());
        Assert.True(payload["counts"]!["added"]!.GetValue<int>() > 0);
        Assert.Equal("某某县", payload["report"]!["region"]!["name"]!.GetValue<string>());

        var counts = (await api.PostAsync(Counts)).DataOrFail().ToJsonString();
        var again = await api.PostAsync(Ingest, new { input = new { text, meta } }, ApiFactory.LoaderKey);
        Assert.True(again.DataOrFail()["ingestReport"]!["duplicate"]!.GetValue<bool>());
        Assert.Equal(0, again.DataOrFail()["ingestReport"]!["counts"]!["added"]!.GetValue<int>());
        Assert.Equal(counts, (await api.PostAsync(Counts)).DataOrFail().ToJsonString());

        var trace = await api.PostAsync("""{ traceAuthority(region: "某某县") { steps { itemCount authorizedBy { title } } } }""");
        Assert.Contains(trace.DataOrFail()["traceAuthority"]!["steps"]!.AsArray(), s => s!["itemCount"]?.GetValue<int>() == 45);

        var id = payload["report"]!["id"]!.GetValue<string>();
        var deleted = await api.PostAsync("mutation($id: ID!) { deleteReport(id: $id) { deletedId removedFacts } }", new { id }, ApiFactory.LoaderKey);
        Assert.Equal(id, deleted.DataOrFail()["deleteReport"]!["deletedId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_next_year_report_that_does_not_name_its_prefecture_joins_the_seeded_county()
    {
        // 平鲁区 was seeded with its sidecar (朔州市, 山西省); its text names 山西省 but not 朔州市. Loaded again as a
        // 2021 report with no sidecar, it must land on the same region, not on a second 平鲁区 under 山西省.
        var text = File.ReadAllText(SeededReport("pinglu-district-2020.txt")) + "\n(2021)";
        var loaded = await api.PostAsync(Ingest, new { input = new { text, meta = new { year = 2021 } } }, ApiFactory.LoaderKey);
        var id = loaded.DataOrFail()["ingestReport"]!["report"]!["id"]!.GetValue<string>();

        var regions = (await api.PostAsync("""{ regions(where: { name: { eq: "平鲁区" } }) { nodes { parent { name } reports { year } } } }""")).DataOrFail();
        var pinglu = Assert.Single(regions["regions"]!["nodes"]!.AsArray())!;
        Assert.Equal("朔州市", pinglu["parent"]!["name"]!.GetValue<string>());
        Assert.Equal([2020, 2021], pinglu["reports"]!.AsArray().Select(r => r!["year"]!.GetValue<int>()).Order());

        await api.PostAsync("mutation($id: ID!) { deleteReport(id: $id) { deletedId } }", new { id }, ApiFactory.LoaderKey);
    }

    private static string SeededReport(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "graph-seed", "reports", file);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("graph-seed/reports/" + file + " not found above " + AppContext.BaseDirectory);
    }
}
