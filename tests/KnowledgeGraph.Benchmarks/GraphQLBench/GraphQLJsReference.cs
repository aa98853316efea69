using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// Runs tools/graphql-bench/bench.mjs (graphql-js 17 in node) on the same documents, data and iteration counts, as a
/// child process after our side has finished (so the two never compete for the cores), and reads its JSON report;
/// then starts it again as a server (<c>--serve</c>) and times that with the same raw HTTP client as ours
/// (<see cref="HttpPhase"/>).
/// </summary>
public static class GraphQLJsReference
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Report(string Node, string Graphql, IReadOnlyList<CaseReport> Results);

    public sealed record CaseReport(string Name, int ResponseBytes, NodeStats? Parse, NodeStats? Validate, NodeStats? Execute);

    /// <summary>graphql-js's figures, one per case in the order of the cases.</summary>
    public sealed record Result(string Node, string Graphql, IReadOnlyList<PhaseResults> Cases);

    public sealed record NodeStats(int Count, double MeanUs, double P50Us, double P99Us, double OpsPerSec)
    {
        public LatencyStats ToStats() => new(Count, MeanUs, P50Us, P99Us, OpsPerSec);
    }

    /// <summary>
    /// Runs bench.mjs on the plan, then its server; with <paramref name="inProcessPhases"/> false only HTTP is timed
    /// (parse, validate and execute are then measured interleaved, <see cref="InterleavedRun"/>).
    /// </summary>
    public static async Task<Result> RunAsync(
        DashboardData data, IReadOnlyList<BenchCase> cases, string apiSchemaPath, bool inProcessPhases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(cases);
        var folder = Folder();
        var planPath = await WritePlanAsync(data, cases, apiSchemaPath, inProcessPhases, cancellationToken).ConfigureAwait(false);
        try
        {
            var report = await RunComputeAsync(folder, planPath, cancellationToken).ConfigureAwait(false);
            var http = await MeasureServerAsync(folder, planPath, cases, cancellationToken).ConfigureAwait(false);
            var results = cases.Select((c, i) =>
            {
                var r = report.Results.Single(x => x.Name == c.Name);
                return new PhaseResults(r.Parse?.ToStats(), r.Validate?.ToStats(), r.Execute?.ToStats(), http[i], r.ResponseBytes);
            }).ToList();
            return new Result(report.Node, report.Graphql, results);
        }
        finally
        {
            File.Delete(planPath);
        }
    }

    /// <summary>tools/graphql-bench, with graphql-js installed.</summary>
    internal static string Folder()
    {
        var folder = RepoPaths.Combine("tools", "graphql-bench");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"graphql-js is not installed: run `npm ci` in {folder}.");
        }
        return folder;
    }

    /// <summary>Writes the plan bench.mjs reads (data, documents, iteration counts) to a temporary file; the caller deletes it.</summary>
    internal static async Task<string> WritePlanAsync(
        DashboardData data, IReadOnlyList<BenchCase> cases, string apiSchemaPath, bool inProcessPhases, CancellationToken cancellationToken)
    {
        var planPath = Path.Combine(Path.GetTempPath(), $"kg-graphql-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        var plan = new
        {
            apiSchemaPath,
            inProcessPhases,
            data = new { regions = data.Regions, documents = data.Documents, agencies = data.Agencies },
            cases = cases.Select(c => new { c.Name, schema = c.SchemaName, c.Query, c.Variables, c.Iterations, c.Warmup }),
        };
        await File.WriteAllTextAsync(planPath, JsonSerializer.Serialize(plan, Json), cancellationToken).ConfigureAwait(false);
        return planPath;
    }

    private static async Task<Report> RunComputeAsync(string folder, string planPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(folder, "bench.mjs"), planPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"bench.mjs exited with {process.ExitCode}: {await stderr.ConfigureAwait(false)}");
        }
        return JsonSerializer.Deserialize<Report>(await stdout.ConfigureAwait(false), Json)
            ?? throw new InvalidOperationException("bench.mjs printed no report.");
    }

    /// <summary>bench.mjs --serve in its own process, timed case by case with the shared raw client; stopped by closing its stdin.</summary>
    private static async Task<IReadOnlyList<HttpPhase.Figures>> MeasureServerAsync(
        string folder, string planPath, IReadOnlyList<BenchCase> cases, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(folder, "bench.mjs"), planPath, "--serve"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"bench.mjs --serve ended before listening: {await stderr.ConfigureAwait(false)}");
            var port = JsonDocument.Parse(line).RootElement.GetProperty("port").GetInt32();
            var endpoint = new IPEndPoint(IPAddress.Loopback, port);
            var figures = new List<HttpPhase.Figures>();
            foreach (var c in cases) figures.Add(await HttpPhase.MeasureAsync(endpoint, c, cancellationToken).ConfigureAwait(false));
            return figures;
        }
        finally
        {
            process.StandardInput.Close();
            using var exit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            exit.CancelAfter(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(exit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }
        }
    }
}
