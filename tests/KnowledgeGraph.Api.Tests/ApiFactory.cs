using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The API in process on its own temporary SQLite file, seeded on start from graph-seed/reports (the five real
/// reports), with one API key per role.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const string ReaderKey = "reader-key-for-tests";
    public const string LoaderKey = "loader-key-for-tests";
    public const string CuratorKey = "curator-key-for-tests";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-api-tests-" + Guid.NewGuid().ToString("N"));

    protected virtual bool AllowAnonymousRead => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseSetting("ConnectionStrings:Sqlite", "Data Source=" + Path.Combine(_directory, "graph.db"));
        builder.UseSetting("Auth:AllowAnonymousRead", AllowAnonymousRead ? "true" : "false");
        builder.UseSetting($"Auth:ApiKeys:{ReaderKey}", "reader");
        builder.UseSetting($"Auth:ApiKeys:{LoaderKey}", "loader");
        builder.UseSetting($"Auth:ApiKeys:{CuratorKey}", "curator");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>POSTs a GraphQL document and returns the parsed response with its status.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? apiKey = null, string accept = "application/graphql-response+json")
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject(), body);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // a temp folder left behind is harmless
            }
        }
    }
}

/// <summary>A response: HTTP status, the JSON body, and shortcuts for data and errors.</summary>
public sealed record GraphQLResponse(int Status, JsonObject Json, string Body)
{
    public JsonNode? Data => Json["data"];

    public JsonArray Errors => Json["errors"] as JsonArray ?? [];

    public JsonNode DataOrFail()
    {
        Assert.True(Errors.Count == 0, "GraphQL errors: " + Body);
        return Data ?? throw new Xunit.Sdk.XunitException("No data: " + Body);
    }
}

/// <summary>An API with anonymous reading switched off.</summary>
public sealed class ClosedApiFactory : ApiFactory
{
    protected override bool AllowAnonymousRead => false;
}
