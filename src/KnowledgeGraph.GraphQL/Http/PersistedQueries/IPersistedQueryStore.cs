namespace KnowledgeGraph.GraphQL.Http.PersistedQueries;

/// <summary>Where automatic persisted queries live: document text by its SHA-256 (lowercase hex).</summary>
public interface IPersistedQueryStore
{
    ValueTask<string?> GetAsync(string sha256Hash, CancellationToken cancellationToken);

    ValueTask SetAsync(string sha256Hash, string query, CancellationToken cancellationToken);
}
