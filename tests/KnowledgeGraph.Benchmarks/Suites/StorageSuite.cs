using System.Diagnostics;
using KnowledgeGraph.Benchmarks.Measurement;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Seed.Generation;
using KnowledgeGraph.Seed.Loading;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// `storage`: loads graph-seed's synthetic corpus into a fresh store, then times (a) a township's delegations with
/// their authorizing documents and issuers, (b) authority chains to the root, (c) full-text search.
/// Options: --store sqlite|neo4j (neo4j reads NEO4J_URL), --scale small|national, --counties N (small), --queries N,
/// --keep (leave the SQLite file), --db PATH (SQLite file to use; a file already holding a graph is queried as it is,
/// without loading, to iterate on queries).
/// </summary>
public static class StorageSuite
{

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var backend = options.String("store", "sqlite")!;
        var national = options.String("scale", "small") == "national";
        var corpusOptions = national
            ? SyntheticCorpusOptions.National(seed: 1)
            : new SyntheticCorpusOptions { Counties = options.Int("counties", 150), Years = options.Int("years", 1), Seed = 1 };
        var queries = options.Int("queries", 500);
        var dbPath = options.String("db") ?? Path.Combine(Path.GetTempPath(), $"kg-storage-bench-{Environment.ProcessId}.db");
        var keep = options.Has("keep") || options.Has("db");

        output.WriteLine($"Storage suite — {backend}, scale {(national ? "national" : $"small, {corpusOptions.Counties} counties × {corpusOptions.Years} years")}: graph-seed SyntheticCorpus, seed 1.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores shared with other engineers' builds; figures are indicative.");
        IGraphStore store = backend switch
        {
            "sqlite" => await SqliteGraphStore.OpenAsync(dbPath, cancellationToken).ConfigureAwait(false),
            "neo4j" => await Neo4jGraphStore.OpenAsync(Neo4jOptions.FromConnectionString(
                Environment.GetEnvironmentVariable("NEO4J_URL") ?? throw new InvalidOperationException("--store neo4j needs NEO4J_URL.")), cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentException($"--store must be sqlite or neo4j, not '{backend}'."),
        };
        try
        {
            if (await store.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
            {
                var corpus = new SyntheticCorpus(corpusOptions);
                output.WriteLine($"loading {corpus.ReportCount:N0} reports ({corpus.Atlas.Counties.Count:N0} counties × {corpusOptions.Years} years) …");
                var load = Stopwatch.StartNew();
                var summary = await corpus.LoadAsync(store, null, cancellationToken).ConfigureAwait(false);
                load.Stop();
                output.WriteLine($"load: {load.Elapsed.TotalSeconds:N1} s, {summary.Added:N0} reports added, {summary.Failed} failed, {summary.FactsAdded:N0} facts");
            }
            else if (options.Has("db"))
            {
                output.WriteLine($"reusing the graph in {dbPath} (no load)");
            }
            else
            {
                throw new InvalidOperationException("The store is not empty: the suite loads its own corpus into an empty database (--db PATH reuses one).");
            }
            var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
            output.WriteLine("nodes: " + string.Join(", ", counts.Nodes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} {n.Value:N0}")));
            output.WriteLine("edges: " + string.Join(", ", counts.Edges.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} {n.Value:N0}")));
            if (backend == "sqlite")
            {
                var size = new FileInfo(dbPath).Length + (File.Exists(dbPath + "-wal") ? new FileInfo(dbPath + "-wal").Length : 0);
                output.WriteLine($"database size: {size / 1048576.0:N1} MiB");
            }

            var townships = await TownshipsAsync(store, 300, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"sampled {townships.Count} townships; {queries} queries per kind after {queries / 5} warm-up queries");
            var delegationIds = new List<string>();
            var i = 0;
            var reaching = await Harness.TimeAsync(queries, queries / 5, async () =>
            {
                var reach = await store.GetDelegationsReachingAsync(townships[i++ % townships.Count], null, cancellationToken).ConfigureAwait(false);
                var ids = reach.Select(r => r.Delegation.Id).ToArray();
                if (delegationIds.Count < 1_000) delegationIds.AddRange(ids);
                // The authorizing documents and their issuers: one neighbour hop each, batched, as the API's loaders do.
                var documents = await store.GetNeighborsAsync(ids, Relation.AuthorizedBy, Direction.Outgoing, cancellationToken).ConfigureAwait(false);
                var documentIds = documents.Values.SelectMany(d => d).Distinct().ToArray();
                await store.GetNeighborsAsync(documentIds, Relation.IssuedBy, Direction.Outgoing, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            if (delegationIds.Count == 0) throw new InvalidOperationException("No delegation reaches the sampled townships.");
            var j = 0;
            var chains = await Harness.TimeAsync(queries, queries / 5, () =>
                store.GetAuthorityChainsAsync([delegationIds[j++ % delegationIds.Count]], cancellationToken: cancellationToken)).ConfigureAwait(false);
            var mix = await SearchMix.FromGraphAsync(store, 40, cancellationToken).ConfigureAwait(false);
            var terms = mix.All.ToArray();
            var k = 0;
            var hits = 0L;
            var search = await Harness.TimeAsync(queries, queries / 5, async () =>
                hits += (await store.SearchAsync(terms[k++ % terms.Length], null, 20, cancellationToken).ConfigureAwait(false)).Count).ConfigureAwait(false);
            output.WriteLine($"(a) township delegations + authorizing documents + issuers: {reaching}   target p99 ≤ 5 ms: {Verdict(reaching.P99Us, 5_000)}");
            output.WriteLine($"(b) authority chain to its root:                          {chains}   target p99 ≤ 5 ms: {Verdict(chains.P99Us, 5_000)}");
            output.WriteLine($"(c) full-text search (first 20 hits, {terms.Length} terms):        {search}   target p99 ≤ 20 ms: {Verdict(search.P99Us, 20_000)}");
            output.WriteLine($"    ({delegationIds.Count} delegations sampled for (b), {hits:N0} search hits in all)");
            await SearchByClassAsync(store, mix, queries / 5, output, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            await store.DisposeAsync().ConfigureAwait(false);
            if (backend == "sqlite" && !keep)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }) File.Delete(file);
            }
        }
    }

    /// <summary>(c) per query class, over all kinds and over each kind alone: where a miss comes from.</summary>
    private static async Task SearchByClassAsync(IGraphStore store, SearchMix mix, int queries, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"(c) by class, {queries} queries each after {queries / 5} warm-up (p99 over all kinds; then p99 per kind alone):");
        output.WriteLine($"    {"class",-18} {"terms",5}  {"hits/query",10}  {"all kinds",-70}  " + string.Join("  ", Enum.GetValues<SearchKind>().Select(k => $"{k,10}")));
        foreach (var (name, terms) in mix.Classes)
        {
            var i = 0;
            var hits = 0L;
            var all = await Harness.TimeAsync(queries, queries / 5, async () =>
                hits += (await store.SearchAsync(terms[i++ % terms.Count], null, 20, cancellationToken).ConfigureAwait(false)).Count).ConfigureAwait(false);
            var perKind = new List<string>();
            foreach (var kind in Enum.GetValues<SearchKind>())
            {
                var j = 0;
                var stats = await Harness.TimeAsync(queries, queries / 5, () =>
                    store.SearchAsync(terms[j++ % terms.Count], [kind], 20, cancellationToken)).ConfigureAwait(false);
                perKind.Add(LatencyStats.Format(stats.P99Us));
            }
            output.WriteLine($"    {name,-18} {terms.Count,5}  {hits / (double)(queries + queries / 5),10:N1}  {all,-70}  " + string.Join("  ", perKind));
        }
    }

    private static string Verdict(double p99Us, double limitUs) => p99Us <= limitUs ? "met" : $"MISSED ({p99Us / limitUs:N1}× the limit)";

    private static async Task<IReadOnlyList<string>> TownshipsAsync(IGraphStore store, int wanted, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        string? after = null;
        while (found.Count < wanted)
        {
            var page = await store.ListRegionsAsync(new RegionFilter(), [], new PageRequest { First = PageRequest.MaxPageSize, After = after }, cancellationToken).ConfigureAwait(false);
            found.AddRange(page.Nodes.Where(r => r.Level == RegionLevel.Township).Select(r => r.Id));
            if (!page.PageInfo.HasNextPage) break;
            after = page.PageInfo.EndCursor;
        }
        if (found.Count == 0) throw new InvalidOperationException("The store has no townships.");
        return found.Take(wanted).ToArray();
    }
}
