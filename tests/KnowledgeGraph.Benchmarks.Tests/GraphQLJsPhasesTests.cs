using System.Diagnostics;
using KnowledgeGraph.Benchmarks.GraphQLBench;
using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.Tests;

/// <summary>
/// End to end against the real tools/graphql-bench/bench.mjs --phases (node, with graphql-js installed by npm ci),
/// started the way the graphql suite starts it, with its "small" case and a small data set.
/// </summary>
public sealed class GraphQLJsPhasesTests : IDisposable
{
    private static readonly DashboardData Data = new(regions: 10, agencies: 4);

    private static readonly string ApiSchemaPath = RepoPaths.Combine("schema", "knowledge-graph.graphql");

    private static BenchCase Small(string? query = null) => new(
        "small", "dashboard", DashboardSchema.Build(Data),
        query ?? File.ReadAllText(RepoPaths.Combine("tools", "graphql-bench", "small.graphql")),
        new Dictionary<string, object?> { ["id"] = "Region:7" }, Iterations: 100, Warmup: 10, HttpDivisor: 4, ParseBatch: 50, ValidateBatch: 10, ExecuteBatch: 10);

    // Only a guard against a hung node process; nothing here is asserted about time.
    private readonly CancellationTokenSource _guard = new(TimeSpan.FromMinutes(2));

    private CancellationToken Guard() => _guard.Token;

    public void Dispose() => _guard.Dispose();

    private Task<GraphQLJsPhases> StartAsync(BenchCase c) => GraphQLJsPhases.StartAsync(Data, [c], ApiSchemaPath, Guard());

    [Theory]
    [InlineData("parse", 50)]
    [InlineData("validate", 10)]
    [InlineData("execute", 10)]
    public async Task Times_a_batch_of_the_small_case(string phase, int ops)
    {
        await using var js = await StartAsync(Small());
        Assert.StartsWith("v", js.Node, StringComparison.Ordinal);
        Assert.StartsWith("17.", js.Graphql, StringComparison.Ordinal);

        await js.WarmAsync("small", phase, warmMs: 20, Guard());
        var batch = await js.TimeAsync("small", phase, ops, Guard());

        Assert.Equal(ops, batch.Count);
        Assert.True(batch.MeanUs > 0, $"mean {batch.MeanUs}");
        Assert.True(batch.P50Us > 0, $"p50 {batch.P50Us}");
        Assert.True(batch.P50Us <= batch.P99Us, $"p50 {batch.P50Us} over p99 {batch.P99Us}");
        Assert.True(batch.OpsPerSec > 0, $"ops/s {batch.OpsPerSec}");
    }

    [Fact]
    public async Task An_unknown_case_surfaces_as_an_exception_naming_it_and_node_keeps_answering()
    {
        await using var js = await StartAsync(Small());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => js.TimeAsync("nope", "parse", 50, Guard()));
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);

        Assert.Equal(50, (await js.TimeAsync("small", "parse", 50, Guard())).Count);
    }

    [Fact]
    public async Task Disposing_ends_node_and_deletes_the_plan_file()
    {
        var js = await StartAsync(Small());
        var planPath = js._planPath;
        using var node = Process.GetProcessById(js._process.Id);
        Assert.True(File.Exists(planPath));
        Assert.False(node.HasExited);

        await js.DisposeAsync();

        Assert.True(node.HasExited);
        Assert.False(File.Exists(planPath));
    }

    [Fact]
    public async Task A_case_graphql_js_cannot_validate_fails_the_start_and_leaves_no_plan_file()
    {
        var plansBefore = PlanFiles();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(Small("{ nope }")));

        Assert.Contains("ended before it was ready", error.Message, StringComparison.Ordinal);
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
        Assert.Equal(plansBefore, PlanFiles());
    }

    // The plans this test process has written (GraphQLJsReference.WritePlanAsync names them by process id); the tests of
    // this class run one at a time, and no other class starts node.
    private static string[] PlanFiles() =>
        [.. Directory.GetFiles(Path.GetTempPath(), $"kg-graphql-bench-{Environment.ProcessId}-*.json").Order(StringComparer.Ordinal)];
}
