using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Store;

/// <summary>Opens the Neo4j backend from `ConnectionStrings:Neo4j` (http://user:password@host:7474/database).</summary>
public static class Neo4jStoreOpener
{
    public static async Task<IGraphStore> OpenAsync(string connectionString, CancellationToken cancellationToken) =>
        await Neo4jGraphStore.OpenAsync(Neo4jOptions.FromConnectionString(connectionString), cancellationToken).ConfigureAwait(false);
}
