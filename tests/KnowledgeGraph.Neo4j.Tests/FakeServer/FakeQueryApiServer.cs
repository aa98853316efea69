using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Neo4j.Tests.FakeServer;

/// <summary>
/// A stand-in for Neo4j's Query API on a loopback port: answers requests in order from a script of recorded
/// responses and keeps every request for assertions. Real HTTP, real sockets, real Kestrel.
/// </summary>
public sealed class FakeQueryApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeQueryApiServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<FakeQueryApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeQueryApiServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>Answers requests the script does not cover (a whole ingest is too many statements to script one by one).</summary>
    public Func<RecordedRequest, ScriptedResponse>? Otherwise { get; set; }

    public FakeQueryApiServer Then(ScriptedResponse response)
    {
        _script.Enqueue(response);
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var recorded = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "/", headers, body);
        _requests.Enqueue(recorded);

        if (!_script.TryDequeue(out var response) && Otherwise is { } otherwise) response = otherwise(recorded);
        if (response is null)
        {
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("""{"errors":[{"code":"Test.Script.Exhausted","message":"the fake server has no scripted answer left"}]}""");
            return;
        }

        if (response.Abort)
        {
            context.Abort();
            return;
        }
        if (response.Stall)
        {
            // Wait until the client hangs up; the client's own timeout is what ends this.
            try { await Task.Delay(Timeout.Infinite, context.RequestAborted); }
            catch (OperationCanceledException) { }
            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        if (response.Body is not null)
        {
            // typed JSON, as the server answers a typed-JSON Accept, unless the script names another media type
            if (string.IsNullOrEmpty(context.Response.ContentType)) context.Response.ContentType = "application/vnd.neo4j.query";
            await context.Response.WriteAsync(response.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
