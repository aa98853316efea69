namespace KnowledgeGraph.Api.Tests;

/// <summary>What dashboards ask: lists across counties and years, groupings, search.</summary>
public class DashboardTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Pinglu_transferred_238_licensing_matters_to_its_administrative_approval_bureau()
    {
        var response = await api.PostAsync("""
            { delegations(where: { region: { eq: "平鲁区" }, mode: { eq: TRANSFER } }) { nodes { itemCount toNames to { __typename ... on Agency { name } } evidence { quote } } } }
            """);
        var transfer = Assert.Single(response.DataOrFail()["delegations"]!["nodes"]!.AsArray(), n => n!["itemCount"]?.GetValue<int>() == 238)!;
        Assert.Contains(transfer["to"]!.AsArray(), t => t!["name"]?.GetValue<string>() == "平鲁区行政审批服务管理局");
        Assert.Contains("共梳理出首批划转行政许可及关联事项238项", transfer["evidence"]!.AsArray()[0]!["quote"]!.GetValue<string>());
    }

    [Fact]
    public async Task Problems_of_the_five_reports_group_by_region_and_category()
    {
        var response = await api.PostAsync("{ problemSummary(groupBy: [REGION, CATEGORY]) { region { name } category count } graph { problems } }");
        var data = response.DataOrFail();
        var groups = data["problemSummary"]!.AsArray();
        Assert.NotEmpty(groups);
        Assert.Equal(data["graph"]!["problems"]!.GetValue<int>(), groups.Sum(g => g!["count"]!.GetValue<int>()));
        var regions = groups.Select(g => g!["region"]!["name"]!.GetValue<string>()).Distinct().ToList();
        // 高邑县's report has no problems section (it ends with 下一步工作重点); the others admit problems.
        Assert.Contains("岳阳县", regions);
        Assert.Contains("平鲁区", regions);
        Assert.DoesNotContain("高邑县", regions);
    }

    [Fact]
    public async Task Problems_carry_their_region_year_and_quote()
    {
        var response = await api.PostAsync("""
            { problems(first: 200, where: { region: { eq: "岳阳县" } }, order: [{ year: DESC }]) { totalCount nodes { text year region { name } evidence { quote } } } }
            """);
        var problems = response.DataOrFail()["problems"]!;
        Assert.True(problems["totalCount"]!.GetValue<int>() > 0);
        Assert.All(problems["nodes"]!.AsArray(), p =>
        {
            Assert.Equal(2021, p!["year"]!.GetValue<int>());
            Assert.Equal("岳阳县", p["region"]!["name"]!.GetValue<string>());
            Assert.NotEmpty(p["evidence"]!.AsArray());
        });
    }

    [Fact]
    public async Task Metrics_sum_by_region_and_year()
    {
        var response = await api.PostAsync("""
            { metricSummary(groupBy: [REGION, YEAR], where: { region: { eq: "高邑县" } }) { region { name } year count sum } }
            """);
        var groups = response.DataOrFail()["metricSummary"]!.AsArray();
        var gaoyi = Assert.Single(groups)!;
        Assert.Equal("高邑县", gaoyi["region"]!["name"]!.GetValue<string>());
        Assert.True(gaoyi["count"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Search_finds_Chinese_substrings_in_titles_names_and_sentences()
    {
        var response = await api.PostAsync("""
            { search(text: "综合执法工作暂行规定", types: [DOCUMENT]) { type snippet node { __typename ... on Document { title } } } }
            """);
        var hits = response.DataOrFail()["search"]!.AsArray();
        Assert.Contains(hits, h => h!["node"]!["title"]?.GetValue<string>() == "岳阳县乡镇综合执法工作暂行规定");
        Assert.All(hits, h => Assert.Equal("DOCUMENT", h!["type"]!.GetValue<string>()));

        var township = await api.PostAsync("""{ search(text: "公田镇") { type node { __typename id } } }""");
        Assert.NotEmpty(township.DataOrFail()["search"]!.AsArray());
    }

    [Fact]
    public async Task Regions_know_their_parents_and_children()
    {
        var response = await api.PostAsync("""{ region(name: "岳阳县") { level children { name level } reports { year } } }""");
        var region = response.DataOrFail()["region"]!;
        Assert.Equal("COUNTY", region["level"]!.GetValue<string>());
        Assert.Contains(region["children"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "公田镇");
        Assert.Contains(region["reports"]!.AsArray(), r => r!["year"]!.GetValue<int>() == 2021);
    }
}
