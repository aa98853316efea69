using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Telemetry;
using KnowledgeGraph.Caching.ResponseCache;
using KnowledgeGraph.GraphQL.Http;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Plugs the Redis/in-memory response cache into the GraphQL endpoint: entries are keyed by the normalized document,
/// operation, variables, the caller's role and the graph version, so a reader never sees a curator's answer and no
/// answer outlives the graph it was computed on.
/// </summary>
public sealed class GraphResponseCache(IResponseCache cache) : IGraphQLResponseCache
{
    public async ValueTask<ResponseCacheProbe> LookupAsync(HttpContext http, string document, string? operationName, string? variablesJson, CancellationToken cancellationToken)
    {
        var lookup = await cache.LookupAsync(new ResponseCacheRequest(document, operationName, variablesJson, RoleOf.Caller(http), IsQuery: true), cancellationToken).ConfigureAwait(false);
        KnowledgeGraphTelemetry.CacheLookups.Add(1, new KeyValuePair<string, object?>("outcome", lookup.Hit is not null ? "hit" : lookup.IsCacheable ? "miss" : "bypass"));
        return lookup.Hit is { } hit ? new ResponseCacheProbe(lookup, hit.Body, hit.ETag) : new ResponseCacheProbe(lookup, null, null);
    }

    public async ValueTask<string?> StoreAsync(ResponseCacheProbe probe, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (probe.State is not ResponseCacheLookup lookup) return null;
        var stored = await cache.StoreAsync(lookup, body, cancellationToken: cancellationToken).ConfigureAwait(false);
        return stored?.ETag;
    }
}
