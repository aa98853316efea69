using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The API on a real Kestrel port on loopback (for clients outside the process: graphql-http's audit, a second
/// instance, load tests), on its own temporary store, seeded from the five reports.
/// </summary>
public sealed class LiveApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private LiveApi(WebApplication app, string directory, Uri address)
    {
        _app = app;
        _directory = directory;
        Address = address;
    }

    public Uri Address { get; }

    public Uri GraphQL => new(Address, "/graphql");

    public IServiceProvider Services => _app.Services;

    public static async Task<LiveApi> StartAsync(params string[] extraArgs)
    {
        var directory = Path.Combine(Path.GetTempPath(), "kg-live-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Sqlite", "Data Source=" + Path.Combine(directory, "graph.db"),
            "--Logging:LogLevel:Default", "Warning",
            "--contentRoot", Path.Combine(NodeTool.RepoRoot, "src", "KnowledgeGraph.Api"),
            .. extraArgs,
        ];
        var app = ApiHost.BuildApp(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LiveApi(app, directory, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}
