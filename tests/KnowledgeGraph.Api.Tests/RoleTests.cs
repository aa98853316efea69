namespace KnowledgeGraph.Api.Tests;

/// <summary>The role matrix: readers read, loaders load, curators curate, and nobody else mutates.</summary>
public class RoleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Delete = "mutation($id: ID!) { deleteReport(id: $id) { deletedId } }";
    private const string Reject = "mutation($id: ID!) { rejectFact(id: $id, reason: \"test\") { status } }";

    [Fact]
    public async Task A_reader_cannot_mutate()
    {
        var response = await api.PostAsync(Delete, new { id = "Report:none" }, ApiFactory.ReaderKey);
        Assert.Equal("FORBIDDEN", Assert.Single(response.Errors)!["extensions"]!["code"]!.GetValue<string>());
        var curation = await api.PostAsync(Reject, new { id = "Document:none" }, ApiFactory.ReaderKey);
        Assert.Equal("FORBIDDEN", Assert.Single(curation.Errors)!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anonymous_callers_read_but_cannot_mutate()
    {
        Assert.Empty((await api.PostAsync("{ graph { reports } }")).Errors);
        var response = await api.PostAsync(Delete, new { id = "Report:none" });
        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.Errors)!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_loader_cannot_curate_and_a_curator_cannot_load()
    {
        var loaderCurating = await api.PostAsync(Reject, new { id = "Document:none" }, ApiFactory.LoaderKey);
        Assert.Equal("FORBIDDEN", Assert.Single(loaderCurating.Errors)!["extensions"]!["code"]!.GetValue<string>());
        var curatorLoading = await api.PostAsync(Delete, new { id = "Report:none" }, ApiFactory.CuratorKey);
        Assert.Equal("FORBIDDEN", Assert.Single(curatorLoading.Errors)!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_curator_rejects_a_fact_and_readers_no_longer_see_it()
    {
        var list = await api.PostAsync("""{ problems(first: 1, where: { region: { eq: "富蕴县" } }) { nodes { id } } }""");
        var id = list.DataOrFail()["problems"]!["nodes"]!.AsArray()[0]!["id"]!.GetValue<string>();

        var rejected = await api.PostAsync(Reject, new { id }, ApiFactory.CuratorKey);
        Assert.Equal("REJECTED", rejected.DataOrFail()["rejectFact"]!["status"]!.GetValue<string>());

        var after = await api.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Null(after.DataOrFail()["node"]);
    }

    [Fact]
    public async Task An_unknown_key_is_refused_with_401()
    {
        var response = await api.PostAsync("{ graph { reports } }", apiKey: "not-a-key");
        Assert.Equal(401, response.Status);
    }
}

/// <summary>With anonymous reading off, a key is needed even to read.</summary>
public class ClosedApiTests(ClosedApiFactory api) : IClassFixture<ClosedApiFactory>
{
    [Fact]
    public async Task Reading_without_a_key_is_refused_and_with_one_allowed()
    {
        Assert.Equal(401, (await api.PostAsync("{ graph { reports } }")).Status);
        var withKey = await api.PostAsync("{ graph { reports } }", apiKey: ApiFactory.ReaderKey);
        Assert.Equal(5, withKey.DataOrFail()["graph"]!["reports"]!.GetValue<int>());
    }
}
