namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Curation as readers of delegations see it: a rejected recipient is gone from the delegation, and merging a region
/// with its own parent or child is refused with a clear error that changes nothing.
/// </summary>
public class RegionCurationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Reject = "mutation($id: ID!) { rejectFact(id: $id, reason: \"not a recipient\") { status } }";
    private const string Merge = "mutation($keep: ID!, $merge: ID!) { mergeEntities(keepId: $keep, mergeId: $merge) { kept { id } } }";

    private const string PingluTransfer = """
        { delegations(where: { region: { eq: "平鲁区" }, mode: { eq: TRANSFER } }) { nodes { id itemCount toNames to { __typename ... on Agency { id name } } } } }
        """;

    [Fact]
    public async Task A_recipient_a_curator_rejected_is_no_longer_listed_under_the_delegation()
    {
        var before = (await api.PostAsync(PingluTransfer)).DataOrFail()["delegations"]!["nodes"]!.AsArray().Single(n => n!["itemCount"]?.GetValue<int>() == 238)!;
        var bureau = before["to"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "平鲁区行政审批服务管理局")!["id"]!.GetValue<string>();
        Assert.Contains("区行政审批服务管理局", before["toNames"]!.AsArray().Select(n => n!.GetValue<string>()));

        var rejected = await api.PostAsync(Reject, new { id = bureau }, ApiFactory.CuratorKey);
        Assert.Equal("REJECTED", rejected.DataOrFail()["rejectFact"]!["status"]!.GetValue<string>());

        var after = (await api.PostAsync(PingluTransfer)).DataOrFail()["delegations"]!["nodes"]!.AsArray().Single(n => n!["itemCount"]?.GetValue<int>() == 238)!;
        Assert.DoesNotContain(after["to"]!.AsArray(), t => t!["id"]?.GetValue<string>() == bureau);
        Assert.DoesNotContain("区行政审批服务管理局", after["toNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(before["id"]!.GetValue<string>(), after["id"]!.GetValue<string>()); // the delegation itself stays
    }

    [Fact]
    public async Task Merging_a_county_with_its_township_either_way_is_a_bad_user_input_error_and_changes_nothing()
    {
        const string Family = """{ region(name: "公田镇") { id parent { id name children { name } } } }""";
        var before = (await api.PostAsync(Family)).DataOrFail();
        var township = before["region"]!["id"]!.GetValue<string>();
        var county = before["region"]!["parent"]!["id"]!.GetValue<string>();

        foreach (var (keep, merge) in new[] { (county, township), (township, county) })
        {
            var response = await api.PostAsync(Merge, new { keep, merge }, ApiFactory.CuratorKey);

            var error = Assert.Single(response.Errors)!;
            Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Contains("part of the other", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("mergeEntities", Assert.Single(error["path"]!.AsArray())!.GetValue<string>());
            Assert.NotNull(error["locations"]);
        }

        // asked in other words, so no cached answer stands in for the graph
        var after = (await api.PostAsync("""{ region(name: "公田镇") { level id parent { id name children { name } } } }""")).DataOrFail();
        Assert.Equal(township, after["region"]!["id"]!.GetValue<string>());
        Assert.Equal(before["region"]!["parent"]!.ToJsonString(), after["region"]!["parent"]!.ToJsonString());
        Assert.Equal("岳阳县", after["region"]!["parent"]!["name"]!.GetValue<string>());
    }
}
