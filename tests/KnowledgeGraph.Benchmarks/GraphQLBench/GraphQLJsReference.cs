using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// Runs tools/graphql-bench/bench.mjs (graphql-js 17 in node) on the same documents, data and iteration counts, as a
/// child process after our side has finished (so the two never compete for the cores), and reads its JSON report.
/// </summary>
public static class GraphQLJsReference
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Report(string Node, string Graphql, IReadOnlyList<CaseReport> Results);

    public sealed record CaseReport(string Name, int ResponseBytes, NodeStats Parse, NodeStats Validate, NodeStats Execute, NodeStats Http)
    {
        public PhaseResults ToPhases() => new(Parse.ToStats(), Validate.ToStats(), Execute.ToStats(), Http.ToStats(), ResponseBytes);
    }

    public sealed record NodeStats(int Count, double MeanUs, double P50Us, double P99Us, double OpsPerSec)
    {
        public LatencyStats ToStats() => new(Count, MeanUs, P50Us, P99Us, OpsPerSec);
    }

    public static async Task<Report> RunAsync(DashboardData data, IReadOnlyList<BenchCase> cases, string apiSchemaPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(cases);
        var folder = RepoPaths.Combine("tools", "graphql-bench");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"graphql-js is not installed: run `npm ci` in {folder}.");
        }
        var planPath = Path.Combine(Path.GetTempPath(), $"kg-graphql-bench-{Environment.ProcessId}.json");
        var plan = new
        {
            apiSchemaPath,
            data = new { regions = data.Regions, documents = data.Documents, agencies = data.Agencies },
            cases = cases.Select(c => new { c.Name, schema = c.SchemaName, c.Query, c.Variables, c.Iterations, c.Warmup, c.HttpDivisor }),
        };
        await File.WriteAllTextAsync(planPath, JsonSerializer.Serialize(plan, Json), cancellationToken).ConfigureAwait(false);
        try
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
        finally
        {
            File.Delete(planPath);
        }
    }
}
