using KnowledgeGraph.Benchmarks.Measurement;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// Parse, validate and execute, ours and graphql-js's, timed in pairs of batches one right after the other. This host moves
/// between a fast and a slow state about 2× apart from one batch to the next (docs/benchmarks.md, session 4); timing
/// all of ours and then all of graphql-js's lets each side land in a different state, while the two batches of a pair
/// (some 10–50 ms together) see the same one. Which engine goes first alternates from pair to pair, so neither always
/// follows the other's warm caches or idle wait.
/// </summary>
public static class InterleavedRun
{
    public static readonly string[] Phases = ["parse", "validate", "execute"];

    /// <summary>How long graphql-js runs each operation before its pairs, as bench.mjs does before its timed loops.</summary>
    public const int JsWarmUpMs = 1000;

    public static async Task<IReadOnlyList<PairedFigure>> RunAsync(
        IReadOnlyList<BenchCase> cases, GraphQLJsPhases js, int pairs, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(js);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentOutOfRangeException.ThrowIfLessThan(pairs, 1);
        var figures = new List<PairedFigure>();
        foreach (var c in cases)
        {
            var document = Parser.Parse(c.Query);
            var errors = DocumentValidator.Validate(c.Schema, document);
            if (errors.Count > 0) throw new InvalidOperationException($"{c.Name}: {errors[0].Message}");
            foreach (var phase in Phases)
            {
                // Execute is asynchronous (DataLoaders) and is awaited per operation, as graphql-js's is.
                Func<Task>? oursAsync = phase == "execute" ? () => OurEngine.ExecuteAsync(c, document, cancellationToken) : null;
                Action ours = phase switch
                {
                    "parse" => () => Parser.Parse(c.Query),
                    "validate" => () => DocumentValidator.Validate(c.Schema, document),
                    _ => () => oursAsync!().GetAwaiter().GetResult(),
                };
                var ops = phase switch { "parse" => c.ParseBatch, "validate" => c.ValidateBatch, _ => c.ExecuteBatch };
                progress.WriteLine($"  {c.Name} {phase}: {pairs} pairs of {ops:N0} operations …");
                OurEngine.WarmUp(ours);
                await js.WarmAsync(c.Name, phase, JsWarmUpMs, cancellationToken).ConfigureAwait(false);
                var batches = new List<BatchPair>(pairs);
                for (var i = 0; i < pairs; i++)
                {
                    var oursFirst = i % 2 == 0;
                    LatencyStats mine;
                    LatencyStats theirs;
                    if (oursFirst)
                    {
                        mine = await TimeOursAsync().ConfigureAwait(false);
                        theirs = await js.TimeAsync(c.Name, phase, ops, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        theirs = await js.TimeAsync(c.Name, phase, ops, cancellationToken).ConfigureAwait(false);
                        mine = await TimeOursAsync().ConfigureAwait(false);
                    }
                    batches.Add(new BatchPair(mine, theirs, oursFirst));
                }
                figures.Add(new PairedFigure(c.Name, phase, ops, batches));

                async Task<LatencyStats> TimeOursAsync() =>
                    oursAsync is null ? Harness.Time(ops, 0, ours) : await Harness.TimeAsync(ops, 0, oursAsync).ConfigureAwait(false);
            }
        }
        return figures;
    }
}
