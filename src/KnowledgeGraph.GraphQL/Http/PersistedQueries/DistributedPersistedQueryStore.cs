using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace KnowledgeGraph.GraphQL.Http.PersistedQueries;

/// <summary>Persisted queries in an <see cref="IDistributedCache"/> (e.g. Redis), shared by every API instance.</summary>
public sealed class DistributedPersistedQueryStore(IDistributedCache cache, TimeSpan slidingExpiration) : IPersistedQueryStore
{
    private const string Prefix = "kg:apq:";

    public async ValueTask<string?> GetAsync(string sha256Hash, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Prefix + sha256Hash, cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    public async ValueTask SetAsync(string sha256Hash, string query, CancellationToken cancellationToken) =>
        await cache.SetAsync(Prefix + sha256Hash, Encoding.UTF8.GetBytes(query),
            new DistributedCacheEntryOptions { SlidingExpiration = slidingExpiration }, cancellationToken).ConfigureAwait(false);
}
