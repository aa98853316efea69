using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// graphql-js kept running (<c>bench.mjs PLAN --phases</c>) so that its parse and validate batches can be timed on
/// request, one right beside one of ours. One JSON line per command and per answer; the process ends when its stdin
/// is closed (<see cref="DisposeAsync"/>). While it times a batch this process only waits for the answer, and while
/// this process times one node waits for the next command, so the two never compete for the cores.
/// </summary>
public sealed class GraphQLJsPhases : IAsyncDisposable
{
    // Internal for the tests, which check that disposing ends node and deletes the plan.
    internal readonly Process _process;
    internal readonly string _planPath;
    private readonly Task<string> _stderr;

    private GraphQLJsPhases(Process process, string planPath, string node, string graphql)
    {
        _process = process;
        _planPath = planPath;
        _stderr = process.StandardError.ReadToEndAsync();
        Node = node;
        Graphql = graphql;
    }

    public string Node { get; }

    public string Graphql { get; }

    /// <summary>A command line of the protocol: warm the operation for <paramref name="warmMs"/>, then time <paramref name="ops"/> of it.</summary>
    public static string Command(string caseName, string phase, int ops, int warmMs) =>
        JsonSerializer.Serialize(new { @case = caseName, phase, warmMs, ops });

    /// <summary>An answer line of the protocol: the batch's figures, or the error node reported.</summary>
    public static LatencyStats ParseAnswer(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        using var answer = JsonDocument.Parse(line);
        if (answer.RootElement.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"bench.mjs --phases: {error.GetString()}");
        }
        return JsonSerializer.Deserialize<GraphQLJsReference.NodeStats>(line, GraphQLJsReference.Json)!.ToStats();
    }

    public static async Task<GraphQLJsPhases> StartAsync(
        DashboardData data, IReadOnlyList<BenchCase> cases, string apiSchemaPath, CancellationToken cancellationToken)
    {
        var folder = GraphQLJsReference.Folder();
        var planPath = await GraphQLJsReference.WritePlanAsync(data, cases, apiSchemaPath, inProcessPhases: false, cancellationToken).ConfigureAwait(false);
        var start = new ProcessStartInfo("node", [Path.Combine(folder, "bench.mjs"), planPath, "--phases"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException(
                    $"bench.mjs --phases ended before it was ready: {await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false)}");
            using var ready = JsonDocument.Parse(line);
            var root = ready.RootElement;
            return new GraphQLJsPhases(process, planPath, root.GetProperty("node").GetString()!, root.GetProperty("graphql").GetString()!);
        }
        catch
        {
            if (!process.HasExited) process.Kill();
            process.Dispose();
            File.Delete(planPath);
            throw;
        }
    }

    /// <summary>Warms graphql-js's operation for <paramref name="warmMs"/> (as bench.mjs does before its timed loops).</summary>
    public Task WarmAsync(string caseName, string phase, int warmMs, CancellationToken cancellationToken) =>
        AskAsync(Command(caseName, phase, 0, warmMs), cancellationToken);

    /// <summary>Times one batch of <paramref name="ops"/> operations, each between two process.hrtime.bigint() readings.</summary>
    public Task<LatencyStats> TimeAsync(string caseName, string phase, int ops, CancellationToken cancellationToken) =>
        AskAsync(Command(caseName, phase, ops, 0), cancellationToken);

    private async Task<LatencyStats> AskAsync(string command, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(command.AsMemory(), cancellationToken).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
        var line = await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"bench.mjs --phases ended: {await _stderr.ConfigureAwait(false)}");
        return ParseAnswer(line);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(exit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        finally
        {
            _process.Dispose();
            File.Delete(_planPath);
        }
    }
}
