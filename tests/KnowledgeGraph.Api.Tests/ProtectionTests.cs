using System.Text;

namespace KnowledgeGraph.Api.Tests;

/// <summary>Hostile documents are refused quickly with spec-shaped errors, and the server keeps answering.</summary>
public class ProtectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Nesting_1000_deep_is_refused_without_a_stack_overflow()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 1000; i++) query.Append("region(name: \"x\") { parent { ");
        query.Append("name");
        for (var i = 0; i < 2000; i++) query.Append(" }");
        var response = await api.PostAsync(query.ToString());
        Assert.Equal(400, response.Status);
        Assert.Null(response.Data);
        Assert.NotEmpty(response.Errors);
        await StillAnswers();
    }

    [Fact]
    public async Task A_query_too_deep_for_the_limit_names_the_limit()
    {
        var query = "{ region(name: \"公田镇\") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } } } } }";
        var response = await api.PostAsync(query);
        var error = Assert.Single(response.Errors)!;
        Assert.Equal("MAX_DEPTH_EXCEEDED", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_hundred_thousand_aliases_are_refused_before_any_work()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 100_000; i++) query.Append("a").Append(i).Append(": __typename ");
        query.Append('}');
        var response = await api.PostAsync(query.ToString());
        Assert.True(response.Status is 400 or 413, "status " + response.Status); // the body limit or the token limit stops it first
        Assert.NotEmpty(response.Errors);
        await StillAnswers();
    }

    [Fact]
    public async Task More_aliases_than_the_limit_are_refused_with_its_code()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 31; i++) query.Append("a").Append(i).Append(": __typename ");
        query.Append('}');
        var response = await api.PostAsync(query.ToString());
        Assert.Equal(400, response.Status);
        Assert.Equal("MAX_ALIASES_EXCEEDED", Assert.Single(response.Errors)!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fragment_cycles_are_refused_by_validation()
    {
        var response = await api.PostAsync("""
            query { region(name: "高邑县") { ...A } }
            fragment A on Region { parent { ...B } }
            fragment B on Region { parent { ...A } }
            """);
        Assert.Equal(400, response.Status);
        Assert.Contains(response.Errors, e => e!["message"]!.GetValue<string>().Contains("Cannot spread fragment \"A\" within itself", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ten_megabyte_string_is_refused_before_parsing()
    {
        var query = "{ search(text: \"" + new string('法', 10 * 1024 * 1024 / 3) + "\") { snippet } }";
        var response = await api.PostAsync(query);
        Assert.True(response.Status is 400 or 413, "status " + response.Status);
        Assert.NotEmpty(response.Errors);
        await StillAnswers();
    }

    [Fact]
    public async Task Deeply_nested_variables_are_refused()
    {
        var json = new StringBuilder();
        for (var i = 0; i < 5000; i++) json.Append("{\"a\":");
        json.Append("1");
        for (var i = 0; i < 5000; i++) json.Append('}');
        using var client = api.CreateClient();
        using var content = new StringContent("{\"query\":\"query($v: String) { __typename }\",\"variables\":" + json + "}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        Assert.Equal(400, (int)response.StatusCode);
        await StillAnswers();
    }

    [Fact]
    public async Task A_costly_fan_out_is_refused_with_its_cost()
    {
        var response = await api.PostAsync("""
            { regions(first: 500) { nodes { agencies { delegationsMade { powers { delegations { evidence { quote } } } } } } } }
            """);
        var error = Assert.Single(response.Errors)!;
        Assert.Equal("MAX_COST_EXCEEDED", error["extensions"]!["code"]!.GetValue<string>());
    }

    private async Task StillAnswers() =>
        Assert.Equal(5, (await api.PostAsync("{ graph { reports } }")).DataOrFail()["graph"]!["reports"]!.GetValue<int>());
}
