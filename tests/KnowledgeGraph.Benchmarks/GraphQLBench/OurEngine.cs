using System.Diagnostics;
using System.Runtime;
using System.Text;
using KnowledgeGraph.Benchmarks.Measurement;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Http;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// Our side of the GraphQL suite: Parser.Parse, DocumentValidator.Validate, GraphQLExecutor.ExecuteAsync (already
/// parsed and validated, as graphql-js's execute) and POSTs through MapGraphQL on Kestrel over loopback, sent by the
/// same raw HTTP client (<see cref="HttpPhase"/>) that times the graphql-js server.
/// </summary>
public static class OurEngine
{
    /// <summary>
    /// Times every phase of every case; parse, validate and execute only if <paramref name="inProcessPhases"/> (else
    /// they are timed interleaved, <see cref="InterleavedRun"/>, and only HTTP is timed here).
    /// </summary>
    public static async Task<IReadOnlyList<PhaseResults>> RunAsync(IReadOnlyList<BenchCase> cases, bool inProcessPhases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        await using var app = await StartServerAsync(cases).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var endpoint = HttpPhase.Endpoint(new Uri(address));

        var results = new List<PhaseResults>();
        foreach (var c in cases)
        {
            var document = Parser.Parse(c.Query);
            var errors = DocumentValidator.Validate(c.Schema, document);
            if (errors.Count > 0) throw new InvalidOperationException($"{c.Name}: {errors[0].Message}");
            var check = await ExecuteAsync(c, document, cancellationToken).ConfigureAwait(false);
            if (check.Errors is { Count: > 0 }) throw new InvalidOperationException($"{c.Name}: {check.Errors[0].Message}");

            // Parse and validate take microseconds, so the iteration-count warm-up can end before the JIT has
            // promoted the hot methods to tier 1 (its background compiles starve on a loaded machine); keep them
            // running until the JIT has had nothing new to compile for a while, so steady state is measured.
            LatencyStats? parse = null;
            LatencyStats? validate = null;
            LatencyStats? execute = null;
            if (inProcessPhases)
            {
                WarmUp(() => Parser.Parse(c.Query));
                parse = Harness.Time(c.Iterations, c.Warmup, () => Parser.Parse(c.Query));
                WarmUp(() => DocumentValidator.Validate(c.Schema, document));
                validate = Harness.Time(c.Iterations, c.Warmup, () => DocumentValidator.Validate(c.Schema, document));
                execute = await Harness.TimeAsync(c.Iterations, c.Warmup, () => ExecuteAsync(c, document, cancellationToken)).ConfigureAwait(false);
            }
            var http = await HttpPhase.MeasureAsync(endpoint, c, cancellationToken).ConfigureAwait(false);
            results.Add(new PhaseResults(parse, validate, execute, http, Encoding.UTF8.GetByteCount(check.ToJson())));
        }
        await app.StopAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    private static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaximumWarmUp = TimeSpan.FromSeconds(10);

    /// <summary>Runs the operation until the JIT has compiled nothing new for two windows in a row (at most 10 s).</summary>
    internal static void WarmUp(Action operation)
    {
        var start = Stopwatch.GetTimestamp();
        var windowStart = start;
        var compiled = JitInfo.GetCompiledMethodCount();
        var quietWindows = 0;
        while (quietWindows < 2 && Stopwatch.GetElapsedTime(start) < MaximumWarmUp)
        {
            operation();
            if (Stopwatch.GetElapsedTime(windowStart) < QuietWindow) continue;
            var now = JitInfo.GetCompiledMethodCount();
            quietWindows = now == compiled ? quietWindows + 1 : 0;
            compiled = now;
            windowStart = Stopwatch.GetTimestamp();
        }
    }

    internal static Task<ExecutionResult> ExecuteAsync(BenchCase c, GraphQL.Language.Ast.DocumentNode document, CancellationToken cancellationToken) =>
        GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = c.Schema,
            Document = document,
            Variables = c.Variables,
            Options = new ExecutionOptions { SkipValidation = true },
        }, cancellationToken);

    private static async Task<WebApplication> StartServerAsync(IReadOnlyList<BenchCase> cases)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        foreach (var schema in cases.GroupBy(c => c.HttpPath))
        {
            app.MapGraphQL(schema.Key, schema.First().Schema);
        }
        await app.StartAsync().ConfigureAwait(false);
        return app;
    }
}
