using System.Globalization;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Neo4j.Tests.Live;

/// <summary>
/// Opens empty stores on the Neo4j named by NEO4J_URL (http://user:password@host:7474/database). Community edition
/// has one database: each store empties it. With NEO4J_CREATE_DATABASES=true (Enterprise) each store gets its own.
/// </summary>
public static class LiveNeo4j
{
    public const string Collection = "Neo4j live (one database, one test at a time)";

    public static string? Url => Environment.GetEnvironmentVariable("NEO4J_URL");

    private static bool CreateDatabases =>
        string.Equals(Environment.GetEnvironmentVariable("NEO4J_CREATE_DATABASES"), "true", StringComparison.OrdinalIgnoreCase);

    private static int _next;

    public static async Task<IGraphStore> OpenEmptyStoreAsync()
    {
        var options = Neo4jOptions.FromConnectionString(Url ?? throw new InvalidOperationException("NEO4J_URL is not set."));
        if (CreateDatabases)
        {
            var name = "kgtest" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "x" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
            using var system = new Neo4jQueryClient(options with { Database = "system" });
            await system.RunAsync(MaintenanceStatements.CreateDatabase.Text, new Dictionary<string, object?> { ["name"] = name }, CancellationToken.None);
            options = options with { Database = name };
        }
        else
        {
            using var client = new Neo4jQueryClient(options);
            await client.RunAsync(MaintenanceStatements.Wipe.Text, null, CancellationToken.None);
        }
        return await Neo4jGraphStore.OpenAsync(options);
    }
}
