using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>Opens the configured store.</summary>
internal static class StoreConnector
{
    public static Task<IGraphStore> OpenAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        cancellationToken.ThrowIfCancellationRequested();
        // The SQLite adapter (SqliteGraphStore) and the Neo4j adapter are being written alongside; wired in as they land.
        throw new NotSupportedException($"The {settings.Backend} store is not available in this build yet.");
    }
}
