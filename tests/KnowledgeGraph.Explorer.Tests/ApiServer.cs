using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Api;
using Microsoft.AspNetCore.Builder;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>
/// The real API, in-process on a free loopback port, with a fresh SQLite file that its first start seeds
/// with the five reports of graph-seed/reports/.
/// </summary>
internal sealed class ApiServer : IAsyncDisposable
{
    private static readonly TimeSpan SeedDeadline = TimeSpan.FromMinutes(3);

    private readonly WebApplication _app;
    private readonly string _dataDirectory;

    private ApiServer(WebApplication app, string dataDirectory, Uri baseAddress)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<ApiServer> StartAsync(CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("kg-explorer-db-").FullName;
        var database = Path.Combine(dataDirectory, "graph.db");
        var apiProject = Path.Combine(RepositoryRoot.Path, "src", "KnowledgeGraph.Api");
        var app = ApiHost.BuildApp(
        [
            "--urls", "http://127.0.0.1:0",
            "--contentRoot", apiProject,
            $"--ConnectionStrings:Sqlite=Data Source={database}",
        ]);
        await app.StartAsync(cancellationToken);
        var address = app.Urls.Select(u => new Uri(u)).First(u => u.IsLoopback);
        var server = new ApiServer(app, dataDirectory, address);
        await server.WaitUntilSeededAsync(cancellationToken);
        return server;
    }

    /// <summary>Seeding may run after start; the pages are only worth testing once the five reports are in.</summary>
    private async Task WaitUntilSeededAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(SeedDeadline);
        var lastProblem = "no answer yet";
        while (true)
        {
            try
            {
                using var response = await http.PostAsJsonAsync(
                    new Uri("/graphql", UriKind.Relative),
                    new { query = "{ graph { reports } }" },
                    deadline.Token);
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(deadline.Token);
                if (body.TryGetProperty("data", out var data)
                    && data.ValueKind == JsonValueKind.Object
                    && data.GetProperty("graph").GetProperty("reports").GetInt32() >= 5)
                {
                    return;
                }

                lastProblem = body.ToString();
            }
            catch (HttpRequestException ex)
            {
                lastProblem = ex.Message;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException($"The API did not seed the five reports within {SeedDeadline}: {lastProblem}");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException($"The API did not seed the five reports within {SeedDeadline}: {lastProblem}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment on some systems; a temp folder left behind is harmless.
        }
    }
}
