using System.Diagnostics;
using KnowledgeGraph.Benchmarks.Measurement;
using KnowledgeGraph.Seed.Generation;
using KnowledgeGraph.Seed.Loading;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// `regions`: the store's side of the dashboard query of issue #2 item 7,
/// <c>{ regions(first: N) { nodes { delegationsReceived delegationsMade problems(year) metrics } } }</c>, on graph-seed's
/// synthetic corpus in a fresh SQLite file. It prints the store calls and time of one dashboard answered the way the
/// API's DataLoaders now answer it (one batched call per field) beside the same run's reference, the way the resolvers
/// answered it before (one call per field and region), after checking both give the same answers. The two are timed
/// in alternating rounds, so machine load falls on both alike; the CPU time is the calling thread's.
/// Options: --counties N --years Y (corpus, default 60 × 2), --regions N (the page, default 100), --rounds N (timed
/// dashboards per way, default 40), --year Y (the problems' year argument; default: none).
/// </summary>
public static class RegionDashboardSuite
{
    private const int ListLimit = 500; // what each Region list field returns at most
    private static readonly SortOrder<DelegationSortField>[] ByDate = [new(DelegationSortField.Date)];
    private static readonly SortOrder<ProblemSortField>[] ByYear = [new(ProblemSortField.Year)];
    private static readonly SortOrder<MetricSortField>[] ByYearAndName = [new(MetricSortField.Year), new(MetricSortField.Name)];

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var corpusOptions = new SyntheticCorpusOptions { Counties = options.Int("counties", 60), Years = options.Int("years", 2), Seed = 1 };
        var pageSize = options.Int("regions", 100);
        var rounds = options.Int("rounds", 40);
        int? year = options.Has("year") ? options.Int("year", 0) : null;
        var dbPath = Path.Combine(Path.GetTempPath(), $"kg-regions-bench-{Environment.ProcessId}.db");

        output.WriteLine($"Region dashboard suite — sqlite, graph-seed SyntheticCorpus seed 1, {corpusOptions.Counties} counties × {corpusOptions.Years} years; " +
                         $"regions(first: {pageSize}) {{ delegationsReceived delegationsMade problems{(year is null ? "" : $"(year: {year})")} metrics }}");
        output.WriteLine(MachineLoad.Line());
        var store = await SqliteGraphStore.OpenAsync(dbPath, cancellationToken).ConfigureAwait(false);
        try
        {
            var load = Stopwatch.StartNew();
            var summary = await new SyntheticCorpus(corpusOptions).LoadAsync(store, null, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"load: {load.Elapsed.TotalSeconds:N1} s, {summary.Added:N0} reports, {summary.FactsAdded:N0} facts");

            // the page the dashboard lists: regions by name, as `regions(first: N)` sorts them
            var page = await store.ListRegionsAsync(new RegionFilter(), [], PageRequest.FirstPage(pageSize), cancellationToken).ConfigureAwait(false);
            var regions = page.Nodes.Select(r => r.Id).ToList();
            var problems = new ProblemFilter { Year = year is null ? null : new IntMatch { Eq = year } };

            var batched = await BatchedAsync(store, regions, problems, cancellationToken).ConfigureAwait(false);
            var perRegion = await PerRegionAsync(store, regions, problems, cancellationToken).ConfigureAwait(false);
            if (batched.Answer != perRegion.Answer)
            {
                output.WriteLine("the batched answers differ from the per-region ones:\n  batched:    " + batched.Answer + "\n  per region: " + perRegion.Answer);
                return 1;
            }
            output.WriteLine($"{regions.Count} regions; same answers both ways: {batched.Answer}");

            var wallBatched = new List<double>();
            var cpuBatched = new List<double>();
            var wallPerRegion = new List<double>();
            var cpuPerRegion = new List<double>();
            for (var round = -2; round < rounds; round++) // two warm-up rounds
            {
                var b = await CpuTimedHarness.TimeAsync(1, 0, () => BatchedAsync(store, regions, problems, cancellationToken)).ConfigureAwait(false);
                var p = await CpuTimedHarness.TimeAsync(1, 0, () => PerRegionAsync(store, regions, problems, cancellationToken)).ConfigureAwait(false);
                if (round < 0) continue;
                wallBatched.Add(b.Wall.P50Us);
                cpuBatched.Add(b.Cpu.P50Us);
                wallPerRegion.Add(p.Wall.P50Us);
                cpuPerRegion.Add(p.Cpu.P50Us);
            }
            var (bw, bc, pw, pc) = (LatencyStats.From(wallBatched), LatencyStats.From(cpuBatched), LatencyStats.From(wallPerRegion), LatencyStats.From(cpuPerRegion));
            output.WriteLine($"reference, one call per field and region (before): {perRegion.Calls,4} store calls   wall p50 {LatencyStats.Format(pw.P50Us)} p99 {LatencyStats.Format(pw.P99Us)}   CPU p50 {LatencyStats.Format(pc.P50Us)}");
            output.WriteLine($"DataLoaders, one call per field (issue #2 item 7):  {batched.Calls,4} store calls   wall p50 {LatencyStats.Format(bw.P50Us)} p99 {LatencyStats.Format(bw.P99Us)}   CPU p50 {LatencyStats.Format(bc.P50Us)}");
            output.WriteLine($"ratio per-region / batched: calls {perRegion.Calls / (double)batched.Calls:N0}×, wall p50 {pw.P50Us / bw.P50Us:N2}×, CPU p50 {pc.P50Us / bc.P50Us:N2}×   ({rounds} alternating rounds)");
            output.WriteLine($"load average at the end: {MachineLoad.Average()}");
            return 0;
        }
        finally
        {
            await store.DisposeAsync().ConfigureAwait(false);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }) File.Delete(file);
        }
    }

    private sealed record Dashboard(int Calls, string Answer);

    /// <summary>As the API's region DataLoaders ask: each field once, for the whole page of regions.</summary>
    private static async Task<Dashboard> BatchedAsync(IGraphStore store, IReadOnlyList<string> regions, ProblemFilter problems, CancellationToken ct)
    {
        var received = await store.GetDelegationsReachingAsync(regions, null, ct).ConfigureAwait(false);
        var made = await store.ListDelegationsByRegionAsync(regions, new DelegationFilter(), ByDate, ListLimit, ct).ConfigureAwait(false);
        var found = await store.ListProblemsByRegionAsync(regions, problems, ByYear, ListLimit, ct).ConfigureAwait(false);
        var figures = await store.ListMetricsByRegionAsync(regions, new MetricFilter(), ByYearAndName, ListLimit, ct).ConfigureAwait(false);
        return new Dashboard(4, Fingerprint(regions, r => received[r].Select(x => x.Delegation), r => made[r], r => found[r], r => figures[r]));
    }

    /// <summary>As the resolvers asked before: each field of each region on its own.</summary>
    private static async Task<Dashboard> PerRegionAsync(IGraphStore store, IReadOnlyList<string> regions, ProblemFilter problems, CancellationToken ct)
    {
        var received = new Dictionary<string, IEnumerable<GraphNode>>(StringComparer.Ordinal);
        var made = new Dictionary<string, IEnumerable<GraphNode>>(StringComparer.Ordinal);
        var found = new Dictionary<string, IEnumerable<GraphNode>>(StringComparer.Ordinal);
        var figures = new Dictionary<string, IEnumerable<GraphNode>>(StringComparer.Ordinal);
        var first = PageRequest.FirstPage(ListLimit);
        foreach (var region in regions)
        {
            received[region] = (await store.GetDelegationsReachingAsync(region, null, ct).ConfigureAwait(false)).Select(x => x.Delegation);
            made[region] = (await store.ListDelegationsAsync(new DelegationFilter { RegionId = region }, ByDate, first, ct).ConfigureAwait(false)).Nodes;
            found[region] = (await store.ListProblemsAsync(problems with { RegionId = region }, ByYear, first, ct).ConfigureAwait(false)).Nodes;
            figures[region] = (await store.ListMetricsAsync(new MetricFilter { RegionId = region }, ByYearAndName, first, ct).ConfigureAwait(false)).Nodes;
        }
        return new Dashboard(4 * regions.Count, Fingerprint(regions, r => received[r], r => made[r], r => found[r], r => figures[r]));
    }

    /// <summary>Counts of each field over the page and a hash of every id in order: equal only for the same answers.</summary>
    private static string Fingerprint(IReadOnlyList<string> regions, params Func<string, IEnumerable<GraphNode>>[] fields)
    {
        var hash = new HashCode();
        var counts = new long[fields.Length];
        foreach (var region in regions)
        {
            for (var f = 0; f < fields.Length; f++)
            {
                foreach (var node in fields[f](region))
                {
                    counts[f]++;
                    hash.Add(node.Id, StringComparer.Ordinal);
                }
                hash.Add(-1);
            }
        }
        return $"{counts[0]:N0} delegations received, {counts[1]:N0} made, {counts[2]:N0} problems, {counts[3]:N0} figures (hash {hash.ToHashCode():x8})";
    }
}
