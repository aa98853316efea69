using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Client.Errors;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Neo4j.Tests.FakeServer;

namespace KnowledgeGraph.Neo4j.Tests.Store;

public sealed class OpeningTheStoreTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Neo4jOptions Options => new() { BaseAddress = _server.BaseAddress, User = "neo4j", Password = "secret", MaxRetries = 0 };

    [Fact]
    public async Task Opening_discovers_the_server_then_applies_every_schema_statement_in_order()
    {
        _server.Then(ScriptedResponse.Recorded("discovery", 200));
        foreach (var _ in SchemaScripts.Statements) _server.Then(ScriptedResponse.Json(202, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:schema"]}"""));

        await using var store = await Neo4jGraphStore.OpenAsync(Options);

        var requests = _server.Requests;
        Assert.Equal(("GET", "/"), (requests[0].Method, requests[0].Path));
        var sent = requests.Skip(1).Select(r => r.Json.GetProperty("statement").GetString()).ToList();
        Assert.Equal(SchemaScripts.Statements.Select(s => s.Text), sent);
        Assert.All(requests.Skip(1), r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        Assert.Equal("neo4j", store.Backend);
    }

    [Fact]
    public async Task A_server_without_the_query_api_is_refused_with_a_clear_message()
    {
        _server.Then(ScriptedResponse.Json(200, """{"bolt_direct":"bolt://localhost:7687","neo4j_version":"5.12.0","neo4j_edition":"community"}"""));

        var e = await Assert.ThrowsAsync<Neo4jProtocolException>(() => Neo4jGraphStore.OpenAsync(Options));

        Assert.Contains("5.12.0", e.Message);
        Assert.Contains("Query API", e.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_schema_statement_the_server_rejects_stops_the_opening()
    {
        _server.Then(ScriptedResponse.Recorded("discovery", 200)).Then(ScriptedResponse.Recorded("error-syntax", 400));

        await Assert.ThrowsAsync<Neo4jClientException>(() => Neo4jGraphStore.OpenAsync(Options));
    }

    [Fact]
    public async Task The_graph_version_and_health_are_read_in_read_mode()
    {
        _server.Then(ScriptedResponse.Recorded("discovery", 200));
        await using var store = await Neo4jGraphStore.OpenAsync(Options with { ApplySchemaOnOpen = false });
        _server.Then(ScriptedResponse.Json(202, """{"data":{"fields":["version"],"values":[[{"$type":"Integer","_value":"7"}]]},"bookmarks":[]}"""))
               .Then(ScriptedResponse.Recorded("error-database", 500));

        var version = await store.GetGraphVersionAsync();
        var health = await store.CheckHealthAsync();

        Assert.Equal(7, version);
        Assert.Equal("Read", _server.Requests[1].Json.GetProperty("accessMode").GetString());
        Assert.False(health.Healthy);
        Assert.Contains("Neo.DatabaseError.General.UnknownError", health.Detail);
    }
}
