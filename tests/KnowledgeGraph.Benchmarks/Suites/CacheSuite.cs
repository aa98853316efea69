using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api;
using KnowledgeGraph.Benchmarks.Load;
using KnowledgeGraph.Benchmarks.Measurement;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// `cache`: a dashboard query over HTTP against the real API (SQLite seeded from the five reports, response cache in
/// a redis-server started here on loopback) — cached (the same request repeated) and uncached (a distinct unused
/// variable per request, so every request misses, executes and writes the cache) — beside plain Kestrel returning the
/// same bytes as a fixed response. Load comes from a second process (`loadgen` mode of this binary), one run at a time.
/// Options: --connections C (16), --seconds S (10) per kind of run, split into --rounds R (4) interleaved rounds,
/// --requests N (500000).
/// </summary>
public static class CacheSuite
{
    public const string DashboardQuery = """
        query Dashboard {
          regions(first: 50) {
            totalCount
            nodes {
              id name level
              parent { name }
              agencies { id name kind }
              reports { id year title documents { id title } }
            }
          }
        }
        """;

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var directory = Path.Combine(Path.GetTempPath(), $"kg-cache-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(directory);
        var queryFile = Path.Combine(directory, "dashboard.graphql");
        await File.WriteAllTextAsync(queryFile, DashboardQuery, cancellationToken).ConfigureAwait(false);
        var redisPort = FreePort();
        using var redis = ChildProcess.Start("redis-server",
            ["--port", redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory]);
        _ = redis.StandardOutput.ReadToEndAsync(cancellationToken);
        await WaitForPortAsync(redisPort, cancellationToken).ConfigureAwait(false);

        var api = ApiHost.BuildApp(
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Sqlite", "Data Source=" + Path.Combine(directory, "graph.db"),
            "--ConnectionStrings:Redis", $"127.0.0.1:{redisPort}",
            "--Logging:LogLevel:Default", "Warning",
            "--contentRoot", RepoPaths.Combine("src", "KnowledgeGraph.Api"),
        ]);
        await api.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var apiUrl = new Uri(new Uri(AddressOf(api)), "/graphql");
            var sample = await SettledResponseAsync(apiUrl, cancellationToken).ConfigureAwait(false);
            using (var json = JsonDocument.Parse(sample))
            {
                if (json.RootElement.TryGetProperty("errors", out var errors)) throw new InvalidOperationException("The dashboard query failed: " + errors);
                output.WriteLine($"Cache suite — dashboard query ({json.RootElement.GetProperty("data").GetProperty("regions").GetProperty("nodes").GetArrayLength()} regions, {sample.Length:N0} bytes) against the real API on Kestrel, SQLite seeded from the five reports, redis-server {redisPort} on loopback.");
            }
            await using var baseline = await StartBaselineAsync(sample, cancellationToken).ConfigureAwait(false);
            var baselineUrl = new Uri(new Uri(AddressOf(baseline)), "/graphql");
            var rounds = Math.Max(1, options.Int("rounds", 4));
            var seconds = options.Double("seconds", 10);
            output.WriteLine($"Load: a second process (loadgen mode of this binary), {options.Int("connections", 16)} connections; each run is {rounds} rounds of {seconds / rounds:0.##} s, interleaved baseline → cached → uncached → uncached ×1 connection, so all runs share the machine's changing load.");
            output.WriteLine($"Machine: {Environment.ProcessorCount} cores shared by the server, the load generator and other engineers' builds (load average {MachineLoad.Average()} at start); figures are indicative.");
            output.WriteLine();

            var plain = new RunTotals();
            var cached = new RunTotals();
            var uncached = new RunTotals();
            var serial = new RunTotals();
            var share = seconds / rounds;
            for (var round = 0; round < rounds; round++)
            {
                plain.Add(await LoadAsync(baselineUrl, queryFile, options, vary: false, share, connections: null, directory, cancellationToken).ConfigureAwait(false));
                cached.Add(await LoadAsync(apiUrl, queryFile, options, vary: false, share, connections: null, directory, cancellationToken).ConfigureAwait(false));
                uncached.Add(await LoadAsync(apiUrl, queryFile, options, vary: true, share, connections: null, directory, cancellationToken).ConfigureAwait(false));
                serial.Add(await LoadAsync(apiUrl, queryFile, options, vary: true, share / 2, connections: 1, directory, cancellationToken).ConfigureAwait(false));
            }

            output.WriteLine($"{"run",-48}{"requests",10}{"errors",8}{"req/s",12}{"p50",12}{"p99",12}{"vs baseline",13}");
            Row("plain Kestrel, fixed response (baseline)", plain);
            Row("API, cached (Redis hit; no in-process L1)", cached);
            Row("API, uncached (miss: execute + cache write)", uncached);
            Row("API, uncached, 1 connection (≈ server time)", serial);
            output.WriteLine();
            var ratio = cached.RequestsPerSec / plain.RequestsPerSec;
            output.WriteLine($"cached/baseline per round: {string.Join(", ", cached.Rounds.Zip(plain.Rounds, (c, p) => (c.RequestsPerSec / p.RequestsPerSec).ToString("P0", System.Globalization.CultureInfo.InvariantCulture)))}");
            output.WriteLine($"cached/baseline = {ratio:P1} (target ≥ 50%: {(ratio >= 0.5 ? "met" : "MISSED")}); cached/uncached = {cached.RequestsPerSec / uncached.RequestsPerSec:N1}×; uncached p50 on one connection = {LatencyStats.Format(serial.Latency.P50Us).Trim()} per dashboard request");
            return 0;

            void Row(string name, RunTotals r) =>
                output.WriteLine($"{name,-48}{r.Requests,10:N0}{r.Errors,8:N0}{r.RequestsPerSec,12:N0}{LatencyStats.Format(r.Latency.P50Us),12}{LatencyStats.Format(r.Latency.P99Us),12}{r.RequestsPerSec / plain.RequestsPerSec,12:P0}");
        }
        finally
        {
            await api.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await api.DisposeAsync().ConfigureAwait(false);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // a temp folder left behind is harmless
            }
        }
    }

    private static async Task<(LoadGenerator.Report Report, double[] Samples)> LoadAsync(
        Uri url, string queryFile, Options options, bool vary, double seconds, int? connections, string directory, CancellationToken cancellationToken)
    {
        var samplesFile = Path.Combine(directory, $"samples-{Guid.NewGuid():N}.bin");
        List<string> args =
        [
            "loadgen", "--url", url.ToString(), "--query-file", queryFile,
            "--connections", (connections ?? options.Int("connections", 16)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--requests", options.Int("requests", 500_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--samples-out", samplesFile,
        ];
        if (vary) args.Add("--vary");
        using var child = ChildProcess.StartSelf(args);
        var text = await child.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var exit = await child.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (exit != 0) throw new InvalidOperationException($"loadgen exited with {exit}: {text}");
        var report = JsonSerializer.Deserialize<LoadGenerator.Report>(text.Trim().Split('\n')[^1]) ?? throw new InvalidOperationException("loadgen printed no report.");
        var samples = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(await File.ReadAllBytesAsync(samplesFile, cancellationToken).ConfigureAwait(false)).ToArray();
        File.Delete(samplesFile);
        return (report, samples);
    }

    /// <summary>One kind of run summed over its rounds: requests over seconds, latencies pooled across rounds.</summary>
    private sealed class RunTotals
    {
        private readonly List<double> _samples = [];

        public List<LoadGenerator.Report> Rounds { get; } = [];

        public long Requests => Rounds.Sum(r => r.Requests);

        public long Errors => Rounds.Sum(r => r.Errors);

        public double RequestsPerSec => Requests / Rounds.Sum(r => r.Seconds);

        public LatencyStats Latency => LatencyStats.From(_samples);

        public void Add((LoadGenerator.Report Report, double[] Samples) round)
        {
            Rounds.Add(round.Report);
            _samples.AddRange(round.Samples);
        }
    }

    /// <summary>
    /// The API seeds the five reports in the background after start-up; measuring while it writes would time cache
    /// invalidations. Waits until the dashboard answer stops changing (same bytes 2 s apart).
    /// </summary>
    private static async Task<byte[]> SettledResponseAsync(Uri url, CancellationToken cancellationToken)
    {
        var previous = await FetchAsync(url, cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; attempt < 150; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            var current = await FetchAsync(url, cancellationToken).ConfigureAwait(false);
            if (current.AsSpan().SequenceEqual(previous)) return current;
            previous = current;
        }
        throw new InvalidOperationException("The API's data kept changing for 5 minutes: seeding did not settle.");
    }

    private static async Task<byte[]> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var content = new StringContent(JsonSerializer.Serialize(new { query = DashboardQuery }), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The floor: Kestrel answering POST /graphql with the dashboard's bytes, no GraphQL, no cache.</summary>
    private static async Task<WebApplication> StartBaselineAsync(byte[] body, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/graphql", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return app;
    }

    private static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
        throw new InvalidOperationException($"redis-server did not listen on port {port}.");
    }
}
