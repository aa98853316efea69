using KnowledgeGraph.Api.Configuration;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Store;

/// <summary>
/// Opens the configured store once per process: `Graph:Store` = sqlite (default; `ConnectionStrings:Sqlite`, a file
/// under ./data/ when unset) or neo4j (`ConnectionStrings:Neo4j`).
/// </summary>
public static class GraphStoreFactory
{
    public const string DefaultSqlite = "Data Source=data/knowledge-graph.db";

    public static async Task<IGraphStore> OpenAsync(IConfiguration configuration, string contentRoot, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(GraphOptions.Section).Get<GraphOptions>() ?? new GraphOptions();
        switch (options.Store.Trim().ToLowerInvariant())
        {
            case "sqlite":
                var sqlite = configuration.GetConnectionString("Sqlite");
                return await SqliteGraphStore.OpenAsync(ResolveSqlite(string.IsNullOrWhiteSpace(sqlite) ? DefaultSqlite : sqlite, contentRoot), cancellationToken).ConfigureAwait(false);
            case "neo4j":
                var neo4j = configuration.GetConnectionString("Neo4j");
                if (string.IsNullOrWhiteSpace(neo4j))
                {
                    throw new InvalidOperationException("Graph:Store is neo4j but ConnectionStrings:Neo4j is not set (e.g. http://neo4j:password@localhost:7474/neo4j).");
                }
                return await Neo4jStoreOpener.OpenAsync(neo4j, cancellationToken).ConfigureAwait(false);
            default:
                throw new InvalidOperationException($"Graph:Store must be 'sqlite' or 'neo4j', not '{options.Store}'.");
        }
    }

    /// <summary>Relative SQLite paths resolve from the content root, and their folder is created.</summary>
    private static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString.Contains('=', StringComparison.Ordinal) ? connectionString : "Data Source=" + connectionString);
        var path = builder.DataSource;
        if (path.Length > 0 && path != ":memory:" && !path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            if (!Path.IsPathRooted(path)) path = Path.GetFullPath(Path.Combine(contentRoot, path));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        return builder.ToString();
    }
}
