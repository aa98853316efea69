using System.Diagnostics;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Client.Errors;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Store;

/// <summary>
/// The storage port over Neo4j's HTTP Query API: the same interfaces and the same entity resolution and stable ids
/// as the SQLite store (<see cref="ReportGraphBuilder"/>), in parameterized Cypher. Open with <see cref="OpenAsync"/>.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jQueryClient _client;
    private readonly ReportGraphBuilder _builder;
    private readonly Neo4jOptions _options;

    private Neo4jGraphStore(Neo4jQueryClient client, Neo4jOptions options, TimeProvider? time)
    {
        _client = client;
        _options = options;
        _builder = new ReportGraphBuilder(time);
    }

    public string Backend => "neo4j";

    /// <summary>The client underneath, for health probes and tools.</summary>
    public Neo4jQueryClient Client => _client;

    /// <summary>Connects, checks the server offers the Query API, and applies schema/neo4j/*.cypher (idempotent).</summary>
    public static async Task<Neo4jGraphStore> OpenAsync(Neo4jOptions options, CancellationToken cancellationToken = default) =>
        await OpenAsync(options, null, null, cancellationToken).ConfigureAwait(false);

    /// <param name="handler">For tests against a fake server; null in production.</param>
    /// <param name="time">Clock for report load times; null for the system clock.</param>
    public static async Task<Neo4jGraphStore> OpenAsync(Neo4jOptions options, HttpMessageHandler? handler, TimeProvider? time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = new Neo4jQueryClient(options, handler);
        try
        {
            var info = await client.DiscoverAsync(cancellationToken).ConfigureAwait(false);
            if (!info.HasQueryApi)
                throw new Neo4jProtocolException($"Neo4j {info.Version} at {options.BaseAddress} does not offer the Query API (needs 5.19+, on by default from 5.25).");
            if (options.ApplySchemaOnOpen)
            {
                foreach (var statement in SchemaScripts.Statements)
                    await client.RunAsync(statement.Text, null, cancellationToken).ConfigureAwait(false);
            }
            return new Neo4jGraphStore(client, options, time);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync(StoreStatements.GraphVersion, null, cancellationToken).ConfigureAwait(false)).Single().Get<long>("version");

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync(StoreStatements.IsEmpty, null, cancellationToken).ConfigureAwait(false)).Single().Get<bool>("empty");

    public async Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        var nodes = await ReadAsync(StoreStatements.NodeCounts, null, cancellationToken).ConfigureAwait(false);
        var edges = await ReadAsync(StoreStatements.EdgeCounts, null, cancellationToken).ConfigureAwait(false);
        return new GraphCounts(
            nodes.Records.ToDictionary(r => r.Get<string>("name"), r => r.Get<long>("count")),
            edges.Records.ToDictionary(r => r.Get<string>("name"), r => r.Get<long>("count")));
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var version = await GetGraphVersionAsync(cancellationToken).ConfigureAwait(false);
            return new StoreHealth(true, Backend, watch.Elapsed, version, _options.ToString());
        }
        catch (Neo4jException e)
        {
            return new StoreHealth(false, Backend, watch.Elapsed, -1, e.Message);
        }
    }

    private Task<Neo4jResult> ReadAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct) =>
        _client.RunAsync(statement.Text, parameters, Neo4jAccessMode.Read, ct);

    private Task<Neo4jResult> WriteAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct) =>
        _client.RunAsync(statement.Text, parameters, Neo4jAccessMode.Write, ct);

    private static Dictionary<string, object?> P(params (string Key, object? Value)[] items) => items.ToDictionary(i => i.Key, i => i.Value);

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
