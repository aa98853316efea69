using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>Opens the configured store: the embedded SQLite file or a Neo4j server through its Query API.</summary>
internal static class StoreConnector
{
    public static async Task<IGraphStore> OpenAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Backend switch
        {
            StoreSettings.SqliteBackend => await SqliteGraphStore.OpenAsync(settings.Sqlite!, cancellationToken).ConfigureAwait(false),
            StoreSettings.Neo4jBackend => await Neo4jGraphStore.OpenAsync(Neo4jOptions.FromConnectionString(settings.Neo4j!), cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"Unknown store backend '{settings.Backend}'."),
        };
    }
}
