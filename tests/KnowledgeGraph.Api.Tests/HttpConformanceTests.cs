using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests;

/// <summary>GraphQL over HTTP: GET, POST, media types, status codes, persisted queries, ETags.</summary>
public class HttpConformanceTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_GET_query_answers_with_an_ETag_and_a_304_when_unchanged()
    {
        using var client = api.CreateClient();
        var url = "/graphql?query=" + Uri.EscapeDataString("{ region(name: \"高邑县\") { name level } }");
        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType!.MediaType);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_mutation_over_GET_gets_405()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { deleteReport(id: \"x\") { deletedId } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Validation_errors_are_400_under_graphql_response_json_and_200_under_json()
    {
        var strict = await api.PostAsync("{ nope }");
        Assert.Equal(400, strict.Status);
        Assert.Null(strict.Json["data"]);
        Assert.StartsWith("Cannot query field \"nope\" on type \"Query\".", strict.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, strict.Errors[0]!["locations"]![0]!["line"]!.GetValue<int>());

        var legacy = await api.PostAsync("{ nope }", accept: "application/json");
        Assert.Equal(200, legacy.Status);
    }

    [Fact]
    public async Task Automatic_persisted_queries_register_once_then_run_by_hash()
    {
        const string query = "{ graph { reports } }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };
        using var client = api.CreateClient();

        var unknown = await PostRawAsync(client, new { extensions });
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var registered = await PostRawAsync(client, new { query, extensions });
        Assert.Equal(5, registered["data"]!["graph"]!["reports"]!.GetValue<int>());

        var byHash = await PostRawAsync(client, new { extensions });
        Assert.Equal(5, byHash["data"]!["graph"]!["reports"]!.GetValue<int>());

        var mismatch = await PostRawAsync(client, new { query = "{ __typename }", extensions });
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", mismatch["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_POST_without_json_content_type_gets_415()
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_opening_graphql_gets_GraphiQL()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("graphiql", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_and_readiness_report_the_store_and_cache()
    {
        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("sqlite", body["store"]!["backend"]!.GetValue<string>());
    }

    private static async Task<JsonNode> PostRawAsync(HttpClient client, object payload)
    {
        using var content = new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
