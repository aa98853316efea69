using System.Collections.Concurrent;

namespace KnowledgeGraph.GraphQL.Http.PersistedQueries;

/// <summary>
/// A bounded in-process store: when full, the oldest entries make room. Clients re-register a forgotten query
/// on the next PersistedQueryNotFound, so forgetting is safe.
/// </summary>
public sealed class InMemoryPersistedQueryStore(int capacity = 10_000) : IPersistedQueryStore
{
    private readonly ConcurrentDictionary<string, string> _queries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public ValueTask<string?> GetAsync(string sha256Hash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_queries.TryGetValue(sha256Hash, out var query) ? query : null);

    public ValueTask SetAsync(string sha256Hash, string query, CancellationToken cancellationToken)
    {
        if (_queries.TryAdd(sha256Hash, query))
        {
            _order.Enqueue(sha256Hash);
            while (_queries.Count > capacity && _order.TryDequeue(out var oldest)) _queries.TryRemove(oldest, out _);
        }
        return ValueTask.CompletedTask;
    }
}
