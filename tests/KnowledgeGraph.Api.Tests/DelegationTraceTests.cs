using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The first question legal staff ask, answered from the five seeded reports, each answer with its quote.</summary>
public class DelegationTraceTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Trace = """
        query Trace($region: String!, $matter: String) {
          traceAuthority(region: $region, matter: $matter) {
            region { name level parent { name } }
            steps {
              mode itemCount date
              via { name }
              delegatedBy { name aliases }
              powers { category field }
              authorizedBy { title kind }
              chain { depth document { title } }
              delegation { toNames matters modeLabel }
              evidence { quote start end report { year region { name } } }
            }
          }
        }
        """;

    [Fact]
    public async Task Gaoyi_townships_received_religious_affairs_and_transport_matters_by_entrustment()
    {
        var steps = await StepsAsync("高邑县");

        var religion = Assert.Single(steps, s => s["delegatedBy"]?["name"]?.GetValue<string>() == "高邑县民宗局");
        Assert.Equal("ENTRUST", religion["mode"]!.GetValue<string>());
        Assert.Equal("2020-05-18", religion["date"]!.GetValue<string>());
        Assert.Contains(religion["powers"]!.AsArray(), p => p!["field"]?.GetValue<string>() == "宗教管理");
        Assert.Contains("5月18日,组织县民宗局与各乡镇进行行政执法委托协议签约", Quote(religion));

        var transport = Assert.Single(steps, s => s["delegatedBy"]?["name"]?.GetValue<string>() == "高邑县交通运输局");
        Assert.Equal("ENTRUST", transport["mode"]!.GetValue<string>());
        Assert.Equal("2020-08-18", transport["date"]!.GetValue<string>());
        Assert.Contains(transport["powers"]!.AsArray(), p => p!["field"]?.GetValue<string>() == "交通运输管理");
        Assert.Contains("依法依规将交通运输管理部分事项委托乡镇人民政府进行执法", Quote(transport));
    }

    [Fact]
    public async Task Gaoyi_handed_87_penalty_matters_to_townships_under_its_implementation_plan()
    {
        var steps = await StepsAsync("高邑县");

        var penalties = Assert.Single(steps, s => s["itemCount"]?.GetValue<int>() == 87);
        Assert.Equal("高邑县推进乡镇综合行政执法改革工作实施方案", penalties["authorizedBy"]!["title"]!.GetValue<string>());
        Assert.Contains(penalties["powers"]!.AsArray(), p => p!["category"]?.GetValue<string>() == "行政处罚");
        Assert.Contains("行政处罚事项共计87项", Quote(penalties));
        Assert.Equal(0, penalties["chain"]!.AsArray()[0]!["depth"]!.GetValue<int>());
    }

    [Fact]
    public async Task Gongtian_the_pilot_township_is_reached_by_Yueyangs_39_first_batch_matters()
    {
        var data = await TraceAsync("公田镇");
        Assert.Equal("岳阳县", data["region"]!["parent"]!["name"]!.GetValue<string>());

        var steps = data["steps"]!.AsArray();
        var firstBatch = Assert.Single(steps, s => s!["itemCount"]?.GetValue<int>() == 39)!;
        Assert.Equal("DEVOLVE", firstBatch["mode"]!.GetValue<string>());
        Assert.Equal("岳阳县", firstBatch["via"]!["name"]!.GetValue<string>()); // reached through its county
        Assert.Equal("岳阳县乡镇综合执法工作暂行规定", firstBatch["authorizedBy"]!["title"]!.GetValue<string>());
        Assert.Contains("第一批下放乡镇行政执法权限39项", Quote(firstBatch));
        var evidence = firstBatch["evidence"]!.AsArray()[0]!;
        Assert.Equal(2021, evidence["report"]!["year"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_quote_is_the_reports_text_at_its_span()
    {
        var response = await api.PostAsync("""
            { delegations(first: 100) { nodes { evidence { start end quote report { text } } } } }
            """);
        var nodes = response.DataOrFail()["delegations"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        foreach (var evidence in nodes.SelectMany(n => n!["evidence"]!.AsArray()))
        {
            var text = evidence!["report"]!["text"]!.GetValue<string>();
            var start = evidence["start"]!.GetValue<int>();
            var end = evidence["end"]!.GetValue<int>();
            Assert.Equal(evidence["quote"]!.GetValue<string>(), text[start..end]);
        }
    }

    [Fact]
    public async Task Matter_narrows_the_trace_to_the_powers_named()
    {
        var steps = await StepsAsync("高邑县", matter: "宗教");
        var only = Assert.Single(steps);
        Assert.Equal("高邑县民宗局", only["delegatedBy"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_region_traces_to_nothing_rather_than_an_error()
    {
        var data = await TraceAsync("不存在镇");
        Assert.Null(data["region"]);
        Assert.Empty(data["steps"]!.AsArray());
    }

    private async Task<JsonNode> TraceAsync(string region, string? matter = null)
    {
        var response = await api.PostAsync(Trace, new { region, matter });
        Assert.Equal(200, response.Status);
        return response.DataOrFail()["traceAuthority"]!;
    }

    private async Task<List<JsonNode>> StepsAsync(string region, string? matter = null) =>
        (await TraceAsync(region, matter))["steps"]!.AsArray().Select(s => s!).ToList();

    private static string Quote(JsonNode step) => string.Join("\n", step["evidence"]!.AsArray().Select(e => e!["quote"]!.GetValue<string>()));
}
