using KnowledgeGraph.Benchmarks.GraphQLBench;
using KnowledgeGraph.Benchmarks.Measurement;
using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// `graphql`: parse, validate, execute and HTTP for (a) a small query, (b) a dashboard query of about 1,000 objects
/// through DataLoaders, (c) the GraphiQL introspection query over the API's schema — ours beside graphql-js.
/// Parse, validate and execute are timed interleaved with graphql-js (<see cref="InterleavedRun"/>: pairs of batches
/// back to back, graphql-js kept running by bench.mjs --phases); HTTP is timed all of ours, then all of graphql-js's.
/// Options: --scale F multiplies the iteration counts and the number of pairs (default 1); --pairs K sets the pairs
/// per interleaved figure (default 40 × scale); --show-pairs prints every pair's p50s; --interleaved-only leaves
/// out HTTP; --sequential times parse, validate and execute like HTTP instead (ours,
/// then graphql-js); --rounds R repeats the sequential comparison R times and ends with each figure's median ratio,
/// range and rounds meeting the target; --bdn also measures our parse and validate under BenchmarkDotNet (in process,
/// after the tables) and sets them beside graphql-js's mean (--bdn-log prints its log); --bdn-only runs just that
/// measurement of ours (for A/B comparisons of two builds).
/// </summary>
public static class GraphQLSuite
{
    public const double Target = 3.0;

    /// <summary>With --show-pairs, a batch over this many times its engine's fastest counts as the slow state (the two are ≈ 2× apart).</summary>
    private const double SlowFactor = 1.5;

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var factor = options.Double("scale", 1.0);
        int N(int n) => Math.Max(1, (int)(n * factor));

        var data = new DashboardData(regions: 50, agencies: 40);
        var dashboard = DashboardSchema.Build(data);
        var apiSchemaPath = RepoPaths.Combine("schema", "knowledge-graph.graphql");
        var api = SchemaBuilder.FromSdl(await File.ReadAllTextAsync(apiSchemaPath, cancellationToken).ConfigureAwait(false), "knowledge-graph.graphql").Build();

        // Interleaved batch sizes: graphql-js's batch ≈ 13–42 ms in either host state (session-4 p50s: small parse
        // 2.6–4.9 µs, validate 184–296 µs; dashboard 3.9–7.7 µs and 206–396 µs; introspection 22–42 µs and 524–649 µs).
        BenchCase[] cases =
        [
            new("small", "dashboard", dashboard, File.ReadAllText(RepoPaths.Combine("tools", "graphql-bench", "small.graphql")),
                new Dictionary<string, object?> { ["id"] = "Region:7" }, N(20_000), N(4_000), 4, ParseBatch: 5_000, ValidateBatch: 100, ExecuteBatch: 1_000),
            new("dashboard", "dashboard", dashboard, File.ReadAllText(RepoPaths.Combine("tools", "graphql-bench", "dashboard-query.graphql")),
                new Dictionary<string, object?> { ["first"] = 50 }, N(1_000), N(400), 2, ParseBatch: 4_000, ValidateBatch: 80, ExecuteBatch: 8),
            // Warm-up of at least a few hundred operations on both sides: .NET promotes hot methods to optimized code in
            // the background after ~30 calls and a 100 ms delay, which fewer, millisecond-long operations do not cover.
            new("introspection", "api", api, IntrospectionQuery.Text, new Dictionary<string, object?>(), N(500), N(400), 2, ParseBatch: 1_000, ValidateBatch: 40, ExecuteBatch: 10),
        ];

        if (options.Has("bdn-only"))
        {
            // Ours alone, for A/B runs of parse/validate changes (no graphql-js, no execute/HTTP).
            foreach (var figure in ParseValidateRun.Run(cases, options.Has("bdn-log") ? output : TextWriter.Null))
            {
                output.WriteLine($"{figure.Case,-14}{figure.Phase,-9}  mean {LatencyStats.Format(figure.MeanUs)}  median {LatencyStats.Format(figure.MedianUs)}  {figure.AllocatedBytes:N0} B");
            }
            return 0;
        }

        var sequential = options.Has("sequential");
        output.WriteLine("GraphQL suite — ours (KnowledgeGraph.GraphQL, .NET) vs graphql-js, same documents, same data, same run.");
        output.WriteLine("(b) dashboard: in-memory resolvers, documents and issuers through per-request DataLoaders on both sides");
        output.WriteLine($"    ({data.Regions.Count} regions × {DashboardData.DocumentsPerRegion} documents each with its issuer = " +
                         $"{data.Regions.Count + 2 * data.Documents.Count:N0} objects; schema tools/graphql-bench/dashboard.graphql).");
        output.WriteLine("(c) introspection: the GraphiQL introspection query over schema/knowledge-graph.graphql.");
        output.WriteLine(sequential
            ? "parse, validate, execute: timed like HTTP (all of ours, then all of graphql-js's; --sequential)."
            : "parse, validate, execute: interleaved with graphql-js, pairs of batches back to back (first table).");
        output.WriteLine("execute = already parsed and validated.");
        output.WriteLine("http = the same raw HTTP/1.1 client in this process posts the same bytes to both servers over loopback: ours (MapGraphQL on");
        output.WriteLine("       Kestrel in this process, with its parsed-document cache) and graphql-js (node:http + parse/validate/execute/JSON.stringify,");
        output.WriteLine($"       bench.mjs --serve in its own process). \"http\": one keep-alive connection, requests one after another, ops/s =");
        output.WriteLine($"       requests / summed latencies; \"http ×{HttpPhase.Connections}\": {HttpPhase.Connections} keep-alive connections at once, ops/s = requests / wall time.");
        output.WriteLine(MachineLoad.Line());
        output.WriteLine();

        IReadOnlyList<PairedFigure> paired = [];
        if (!sequential)
        {
            var pairs = options.Int("pairs", N(40));
            output.WriteLine("Interleaving parse, validate and execute with graphql-js (bench.mjs --phases) …");
            await using (var js = await GraphQLJsPhases.StartAsync(data, cases, apiSchemaPath, cancellationToken).ConfigureAwait(false))
            {
                output.WriteLine($"node {js.Node}, graphql-js {js.Graphql}");
                paired = await InterleavedRun.RunAsync(cases, js, pairs, output, cancellationToken).ConfigureAwait(false);
            }
            output.WriteLine(MachineLoad.Line());
            output.WriteLine();
            WriteInterleaved(paired, options.Has("show-pairs"), output);
            output.WriteLine();
        }

        // Each round times ours, then graphql-js. Both engines move between a fast and a slow state from one batch to
        // the next on this machine (docs/benchmarks.md, session 4), so one round's ratio depends on the states each side
        // landed in; several rounds show the spread, and their median does not hang on one draw.
        var rounds = !sequential && options.Has("interleaved-only") ? 0 : Math.Max(1, (int)options.Double("rounds", 1));
        var ratios = new Dictionary<(string Case, string Phase), List<double>>();
        GraphQLJsReference.Result reference = null!;
        for (var round = 1; round <= rounds; round++)
        {
            if (rounds > 1) output.WriteLine($"Round {round} of {rounds}. {MachineLoad.Line()}");
            output.WriteLine("Running ours …");
            var ours = await OurEngine.RunAsync(cases, inProcessPhases: sequential, cancellationToken).ConfigureAwait(false);
            output.WriteLine("Running graphql-js …");
            reference = await GraphQLJsReference.RunAsync(data, cases, apiSchemaPath, inProcessPhases: sequential, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"node {reference.Node}, graphql-js {reference.Graphql}");
            output.WriteLine();
            foreach (var (key, ratio) in WriteTable(cases, ours, reference, output))
            {
                if (!ratios.TryGetValue(key, out var list)) ratios[key] = list = [];
                list.Add(ratio);
            }
            output.WriteLine();
        }
        if (rounds > 1) WriteRoundsSummary(ratios, rounds, output);
        WriteTargetSummary(paired, ratios, rounds, output);
        if (options.Has("bdn"))
        {
            double JsMeanUs(BdnFigure f) =>
                paired.FirstOrDefault(p => p.Case == f.Case && p.Phase == f.Phase)?.JsMeanUs
                ?? (f.Phase == "parse" ? reference.Cases[Array.FindIndex(cases, c => c.Name == f.Case)].Parse!.MeanUs
                                       : reference.Cases[Array.FindIndex(cases, c => c.Name == f.Case)].Validate!.MeanUs);
            WriteBenchmarkDotNet(cases, JsMeanUs, sequential ? "the run above" : "mean of all its interleaved batches", options, output);
        }
        return 0;
    }

    /// <summary>
    /// The interleaved figures (parse, validate, execute): each engine's median batch p50 and their ratio, the per-pair ratios
    /// (median, range, pairs meeting it), the same by ops/s, the overall ratio, each engine's fastest batch; the lowest of the three ratios is held against the target.
    /// </summary>
    private static void WriteInterleaved(IReadOnlyList<PairedFigure> figures, bool showPairs, TextWriter output)
    {
        var pairs = figures.Count > 0 ? figures[0].Pairs.Count : 0;
        output.WriteLine($"Parse, validate and execute, interleaved: per figure {pairs} pairs of [ours n operations, graphql-js n operations] timed back to");
        output.WriteLine("back, alternating which engine goes first. Each batch is summarised by its p50; ratio = graphql-js p50 / ours p50");
        output.WriteLine("(ours/js throughput at the median operation). \"paired\" ratios compare the two batches of one pair (timed back to back);");
        output.WriteLine("\"fastest\" is each engine's fastest batch over all pairs (its fast state; with --show-pairs, how the states coincided).");
        output.WriteLine("\"by ops/s\": the median over the pairs of ours/js operations per second (batch means, so GC pauses count).");
        output.WriteLine("\"overall\": all of graphql-js's time over all of ours (same operations, every batch, pauses included).");
        output.WriteLine("A figure meets the target when all three — paired median by p50, paired median by ops/s, overall — are at least the target.");
        output.WriteLine($"{"",-34}{"median of batch p50s",-30}{"paired ratios (p50)",-38}{"fastest batch p50",-30}by ops/s   overall");
        output.WriteLine($"{"case",-14}{"phase",-9}{"n",7}  {"ours",9} {"js",9} {"ratio",8}    {"median",7} {"min",7} {"max",7}  {$"≥ {Target}×",-10}  {"ours",9} {"js",9} {"ratio",8}   {"median",7}   {"ratio",7}");
        foreach (var f in figures)
        {
            var median = f.JudgedRatio;
            output.WriteLine($"{f.Case,-14}{f.Phase,-9}{f.BatchOps,7}  {Us(f.OursMedianP50Us)} {Us(f.JsMedianP50Us)} {f.RatioOfMedians,7:N2}×    " +
                             $"{f.MedianPairRatio,6:N2}× {f.MinPairRatio,6:N2}× {f.MaxPairRatio,6:N2}×  {$"{f.PairsMeeting(Target)} of {f.Pairs.Count}",-10}  " +
                             $"{Us(f.OursFastestP50Us)} {Us(f.JsFastestP50Us)} {f.FastestRatio,7:N2}×   {f.MedianPairOpsRatio,6:N2}×   {f.OverallOpsRatio,6:N2}×{(median < Target ? "  < target" : "")}");
        }
        if (showPairs)
        {
            output.WriteLine();
            output.WriteLine($"Every pair, in order: ours p50 / graphql-js p50 in µs (* = ours ran first). A batch is \"slow\" when its p50 is over {SlowFactor}×");
            output.WriteLine("its engine's fastest batch of the figure.");
            foreach (var f in figures)
            {
                var byOrder = f.Pairs.Count > 1
                    ? $"; median paired ratio with ours first {f.MedianPairRatioWhenOursFirst(true):N2}×, with graphql-js first {f.MedianPairRatioWhenOursFirst(false):N2}×"
                    : "";
                var states = f.States(SlowFactor);
                output.WriteLine($"{f.Case} {f.Phase}: pairs both fast {states.BothFast}, both slow {states.BothSlow}, " +
                                 $"ours fast/js slow {states.OursFastJsSlow}, ours slow/js fast {states.OursSlowJsFast}{byOrder}");
                foreach (var chunk in f.Pairs.Chunk(8))
                {
                    output.WriteLine("  " + string.Join("  ", chunk.Select(p => $"{(p.OursFirst ? "*" : " ")}{p.Ours.P50Us:N1}/{p.Js.P50Us:N1}")));
                }
            }
        }
        output.WriteLine();
        output.WriteLine($"Target ≥ {Target}× graphql-js throughput, held against the lowest of the paired medians by p50 and by ops/s and the overall ratio: " +
                         $"{figures.Count(f => f.JudgedRatio >= Target)} of {figures.Count} interleaved figures meet it.");

        static string Us(double us) => LatencyStats.Format(us).Trim().PadLeft(9);
    }

    /// <summary>The one line that says how many figures meet the target, and by which number each is judged.</summary>
    private static void WriteTargetSummary(
        IReadOnlyList<PairedFigure> paired, Dictionary<(string Case, string Phase), List<double>> ratios, int rounds, TextWriter output)
    {
        var sequentialMet = ratios.Values.Count(list => PairedFigure.Median(list) >= Target);
        var pairedMet = paired.Count(f => f.JudgedRatio >= Target);
        var sequentialRule = rounds > 1 ? $"the median of {rounds} rounds' ours/js ops/s" : "ours/js ops/s";
        var total = paired.Count + ratios.Count;
        var summary = $"Summary: target ≥ {Target}× graphql-js throughput: {pairedMet + sequentialMet} of {total} figures meet it";
        output.WriteLine(
            paired.Count == 0 ? $"{summary} (each by {sequentialRule})."
            : ratios.Count == 0 ? $"{summary} (interleaved figures only, each by the lowest of its paired medians by p50 and by ops/s and its overall ratio; HTTP left out)."
            : $"{summary} — parse/validate/execute {pairedMet} of {paired.Count} by the lowest of the paired medians by p50 and by ops/s and the overall ratio, " +
              $"http {sequentialMet} of {ratios.Count} by {sequentialRule}.");
    }

    /// <summary>One round's table, ours beside graphql-js; returns each phase's ratio of throughputs.</summary>
    private static List<((string Case, string Phase) Key, double Ratio)> WriteTable(
        BenchCase[] cases, IReadOnlyList<PhaseResults> ours, GraphQLJsReference.Result reference, TextWriter output)
    {
        var ratios = new List<((string Case, string Phase) Key, double Ratio)>();
        output.WriteLine($"{"case",-14}{"phase",-9}{"n",7}  {"ours p50",11} {"ours p99",11} {"ours ops/s",12}   {"js p50",11} {"js p99",11} {"js ops/s",12}   {"ours/js",8}");
        var missed = 0;
        var total = 0;
        for (var i = 0; i < cases.Length; i++)
        {
            var js = reference.Cases[i];
            foreach (var ((phase, mine), (_, theirs)) in ours[i].Phases().Zip(js.Phases()))
            {
                var ratio = mine.OpsPerSec / theirs.OpsPerSec;
                ratios.Add(((cases[i].Name, phase), ratio));
                total++;
                if (ratio < Target) missed++;
                output.WriteLine($"{cases[i].Name,-14}{phase,-9}{mine.Count,7}  {LatencyStats.Format(mine.P50Us),11} {LatencyStats.Format(mine.P99Us),11} {mine.OpsPerSec,12:N0}   " +
                                 $"{LatencyStats.Format(theirs.P50Us),11} {LatencyStats.Format(theirs.P99Us),11} {theirs.OpsPerSec,12:N0}   {ratio,7:N2}×{(ratio < Target ? "  < target" : "")}");
            }
            output.WriteLine($"{"",-14}response: ours {ours[i].ResponseBytes:N0} bytes, graphql-js {js.ResponseBytes:N0} bytes " +
                             $"(HTTP bodies: ours {ours[i].Http.ResponseBytes:N0}, graphql-js {js.Http.ResponseBytes:N0})");
        }
        output.WriteLine();
        output.WriteLine($"Target ≥ {Target}× graphql-js throughput (ours/js ops/s): {total - missed} of {total} figures of this table meet it.");
        return ratios;
    }

    /// <summary>Per phase, the median ratio over the rounds, its range, and in how many rounds it met the target.</summary>
    private static void WriteRoundsSummary(Dictionary<(string Case, string Phase), List<double>> ratios, int rounds, TextWriter output)
    {
        output.WriteLine($"Over {rounds} rounds (each: ours, then graphql-js), ours/js throughput:");
        output.WriteLine($"{"case",-14}{"phase",-9}  {"median",8}  {"min",8}  {"max",8}   rounds ≥ {Target}×");
        var met = 0;
        foreach (var ((name, phase), list) in ratios)
        {
            var sorted = list.Order().ToList();
            var median = PairedFigure.Median(sorted);
            if (median >= Target) met++;
            output.WriteLine($"{name,-14}{phase,-9}  {median,7:N2}×  {sorted[0],7:N2}×  {sorted[^1],7:N2}×   {sorted.Count(r => r >= Target)} of {sorted.Count}{(median < Target ? "  < target" : "")}");
        }
        output.WriteLine($"Target ≥ {Target}× graphql-js throughput by the median of {rounds} rounds: {met} of {ratios.Count} phase figures meet it.");
    }

    private static void WriteBenchmarkDotNet(
        IReadOnlyList<BenchCase> cases, Func<BdnFigure, double> jsMeanUs, string jsSource, Options options, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Running parse/validate under BenchmarkDotNet (ours, in process) …");
        var figures = ParseValidateRun.Run(cases, options.Has("bdn-log") ? output : TextWriter.Null);
        output.WriteLine($"BenchmarkDotNet (ours: mean of 15 iterations after pilot and 8 warm-up iterations) vs graphql-js mean per operation ({jsSource}):");
        output.WriteLine($"{"case",-14}{"phase",-9}  {"ours mean",11} {"ours median",11} {"allocated",11}   {"js mean",11}   {"ours/js",8}");
        foreach (var figure in figures.OrderBy(f => cases.ToList().FindIndex(c => c.Name == f.Case)).ThenBy(f => f.Phase))
        {
            var jsMean = jsMeanUs(figure);
            var ratio = jsMean / figure.MeanUs;
            var allocated = figure.AllocatedBytes is { } bytes ? $"{bytes:N0} B" : "?";
            output.WriteLine($"{figure.Case,-14}{figure.Phase,-9}  {LatencyStats.Format(figure.MeanUs),11} {LatencyStats.Format(figure.MedianUs),11} {allocated,11}   " +
                             $"{LatencyStats.Format(jsMean),11}   {ratio,7:N2}×{(ratio < Target ? "  < target" : "")}");
        }
    }
}
