using System.Text;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Client.Values;
using KnowledgeGraph.Neo4j.Tests.FakeServer;

namespace KnowledgeGraph.Neo4j.Tests.Client;

public sealed class ImplicitTransactionTests : QueryClientTestBase
{
    [Fact]
    public async Task A_statement_is_posted_to_the_query_endpoint_with_typed_parameters_and_basic_auth()
    {
        Server.Then(ScriptedResponse.Recorded("query-document-node"));

        await Client.RunAsync("MATCH (d:Document {id: $id}) RETURN d, d.title AS title",
            Params(("id", "Document:abc"), ("year", 2021), ("since", new DateOnly(2020, 6, 1)), ("none", null)),
            Neo4jAccessMode.Read, CancellationToken.None);

        var request = Assert.Single(Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.StartsWith("application/vnd.neo4j.query", request.Header("Content-Type"));
        Assert.Equal("application/vnd.neo4j.query", request.Header("Accept")); // typed JSON only: plain JSON loses the types
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:法治-secret"));
        Assert.Equal(expected, request.Header("Authorization"));

        var body = request.Json;
        Assert.Equal("MATCH (d:Document {id: $id}) RETURN d, d.title AS title", body.GetProperty("statement").GetString());
        Assert.Equal("Read", body.GetProperty("accessMode").GetString());
        var p = body.GetProperty("parameters");
        Assert.Equal("String", p.GetProperty("id").GetProperty("$type").GetString());
        Assert.Equal("Integer", p.GetProperty("year").GetProperty("$type").GetString());
        Assert.Equal("2021", p.GetProperty("year").GetProperty("_value").GetString());
        Assert.Equal("Date", p.GetProperty("since").GetProperty("$type").GetString());
        Assert.Equal("2020-06-01", p.GetProperty("since").GetProperty("_value").GetString());
        Assert.Equal("Null", p.GetProperty("none").GetProperty("$type").GetString());
    }

    [Fact]
    public async Task A_plain_JSON_answer_is_refused_rather_than_misread()
    {
        // what a server without typed JSON (or a proxy dropping Accept) sends: 5 would be indistinguishable from 5.0
        Server.Then(new ScriptedResponse(202, """{"data":{"fields":["n"],"values":[[5]]},"bookmarks":[]}""",
            new Dictionary<string, string> { ["Content-Type"] = "application/json" }));

        var error = await Assert.ThrowsAsync<KnowledgeGraph.Neo4j.Client.Errors.Neo4jProtocolException>(() => Client.RunAsync("RETURN 5 AS n", null, CancellationToken.None));

        Assert.Contains("application/json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discovery_asks_for_plain_JSON_without_credentials()
    {
        Server.Then(ScriptedResponse.Recorded("discovery", 200, new Dictionary<string, string> { ["Content-Type"] = "application/json" }));

        var info = await Client.DiscoverAsync(CancellationToken.None);

        var request = Assert.Single(Server.Requests);
        Assert.Equal(("GET", "/", "application/json"), (request.Method, request.Path, request.Header("Accept")));
        Assert.Null(request.Header("Authorization"));
        Assert.NotNull(info.Version);
    }

    [Fact]
    public async Task A_node_comes_back_with_element_id_labels_and_typed_properties()
    {
        Server.Then(ScriptedResponse.Recorded("query-document-node"));

        var result = await Client.RunAsync("MATCH (d:Document) RETURN d, d.title AS title", null, CancellationToken.None);

        Assert.Equal(["d", "title"], result.Fields);
        var node = Assert.IsType<Neo4jNode>(result.Single()["d"]);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", node.ElementId);
        Assert.Equal(["Document"], node.Labels);
        Assert.Equal(2021L, node.Properties["year"]);
        Assert.Equal("法治政府建设实施纲要（2021－2025年）", result.Single().Get<string>("title"));
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], result.Bookmarks);
    }

    [Fact]
    public async Task Every_typed_json_type_maps_to_a_dotnet_value()
    {
        Server.Then(ScriptedResponse.Recorded("query-all-types"));

        var row = (await Client.RunAsync("RETURN 1", null, CancellationToken.None)).Single();

        Assert.Null(row["nothing"]);
        Assert.Equal(true, row["flag"]);
        Assert.Equal(9007199254740993L, row["count"]); // beyond double precision: must not go through a double
        Assert.Equal(0.985, row["ratio"]);
        Assert.Equal("高邑县司法局", row["name"]);
        Assert.Equal(new byte[] { 1, 2, 3 }, row["bytes"]);
        Assert.Equal(new DateOnly(2021, 3, 26), row["day"]);
        Assert.Equal(new TimeOnly(12, 50, 35, 556), row["clock"]);
        Assert.Equal(new Neo4jOffsetTime(new TimeOnly(12, 50, 35, 556), TimeSpan.FromHours(8)), row["zonedTime"]);
        Assert.Equal(new DateTimeOffset(2015, 6, 24, 12, 50, 35, 556, TimeSpan.FromHours(1)), row["offsetDateTime"]);
        var zoned = Assert.IsType<Neo4jZonedDateTime>(row["zonedDateTime"]);
        Assert.Equal("Asia/Shanghai", zoned.ZoneId);
        Assert.Equal(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.FromHours(8)), zoned.DateTime);
        var local = Assert.IsType<DateTime>(row["localDateTime"]);
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
        Assert.Equal(new DateTime(2015, 7, 21, 21, 40, 32, 142), local);
        Assert.Equal(new Neo4jDuration(14, 14, 16 * 3600 + 12 * 60, 500_000_000), row["span"]);
        Assert.Equal(new Neo4jPoint(4326, 114.6, 37.6), row["place"]);
        Assert.Equal(new object?[] { 1L, "乡镇" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["items"]));
        var props = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["props"]);
        Assert.Equal("委托", props["mode"]);
        Assert.Equal(12, row.Get<IReadOnlyDictionary<string, object?>>("props")["itemCount"] is long n ? (int)n : -1);
    }

    [Fact]
    public async Task A_path_keeps_nodes_and_relationships_in_order()
    {
        Server.Then(ScriptedResponse.Recorded("query-path"));

        var path = Assert.IsType<Neo4jPath>((await Client.RunAsync("MATCH p = ()-[:BASED_ON]->() RETURN p", null, CancellationToken.None)).Single()["p"]);

        Assert.Equal(1, path.Length);
        Assert.Equal("高邑县乡镇综合行政执法事项目录", path.Nodes[0].Properties["title"]);
        Assert.Equal("中华人民共和国行政处罚法", path.Nodes[1].Properties["title"]);
        var rel = path.Relationships[0];
        Assert.Equal(("BASED_ON", "4:db:10", "4:db:11"), (rel.Type, rel.StartNodeElementId, rel.EndNodeElementId));
    }

    [Fact]
    public async Task Counters_report_what_a_write_changed_and_its_bookmark_is_sent_with_the_next_read()
    {
        Server.Then(ScriptedResponse.Recorded("query-write-counters")).Then(ScriptedResponse.Recorded("query-document-node"));

        var write = await Client.RunAsync("UNWIND $rows AS row MERGE (d:Document {id: row.id}) RETURN count(*) AS merged",
            Params(("rows", new[] { Params(("id", "Document:a")), Params(("id", "Document:b")) })), CancellationToken.None);
        await Client.RunAsync("MATCH (d:Document) RETURN d, d.title AS title", null, Neo4jAccessMode.Read, CancellationToken.None);

        Assert.Equal(3, write.Counters.NodesCreated);
        Assert.Equal(2, write.Counters.RelationshipsCreated);
        Assert.True(write.Counters.ContainsUpdates);
        var rows = Server.Requests[0].Json.GetProperty("parameters").GetProperty("rows");
        Assert.Equal("List", rows.GetProperty("$type").GetString());
        Assert.Equal("Map", rows.GetProperty("_value")[0].GetProperty("$type").GetString());
        var read = Server.Requests[1].Json;
        Assert.Equal("FB:kcwQ/after-write", read.GetProperty("bookmarks")[0].GetString());
        Assert.Equal("Read", read.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task Discovery_asks_the_root_without_credentials()
    {
        Server.Then(ScriptedResponse.Recorded("discovery", 200));

        var info = await Client.DiscoverAsync(CancellationToken.None);

        Assert.Equal(("5.26.2", "community", true), (info.Version, info.Edition, info.HasQueryApi));
        var request = Assert.Single(Server.Requests);
        Assert.Equal(("GET", "/"), (request.Method, request.Path));
        Assert.Null(request.Header("Authorization"));
    }
}
