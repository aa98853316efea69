using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>
/// The seam for a response cache (the host plugs in its own, e.g. Redis keyed by graph version and role).
/// Only queries are looked up; only responses without errors are stored.
/// </summary>
public interface IGraphQLResponseCache
{
    /// <param name="document">The printed (normalized) document, so whitespace and comments do not split entries.</param>
    ValueTask<ResponseCacheProbe> LookupAsync(HttpContext http, string document, string? operationName, string? variablesJson, CancellationToken cancellationToken);

    /// <summary>Stores a missed lookup's body; returns its ETag, or null when it was not stored.</summary>
    ValueTask<string?> StoreAsync(ResponseCacheProbe probe, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);
}

/// <summary>A lookup's outcome: a hit carries its body and ETag; <see cref="State"/> is the cache's own, for storing.</summary>
public sealed record ResponseCacheProbe(object? State, ReadOnlyMemory<byte>? Body, string? ETag)
{
    public bool IsHit => Body is not null;
}
