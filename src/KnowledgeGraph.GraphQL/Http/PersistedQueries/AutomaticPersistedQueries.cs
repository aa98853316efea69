using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Http.PersistedQueries;

/// <summary>
/// Automatic persisted queries (Apollo's protocol): a client sends only
/// <c>extensions.persistedQuery = {version: 1, sha256Hash}</c>; on PERSISTED_QUERY_NOT_FOUND it sends the hash
/// with the query once, which is checked against the hash and stored.
/// </summary>
public static class AutomaticPersistedQueries
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotFoundMessage = "PersistedQueryNotFound";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The query text to run, or an error to answer with. Requests without the extension pass through.</summary>
    public static async ValueTask<(string? Query, GraphQLError? Error)> ResolveAsync(
        GraphQLHttpRequest request, IPersistedQueryStore store, CancellationToken cancellationToken)
    {
        if (request.Extensions is not { } extensions || !extensions.TryGetProperty("persistedQuery", out var persisted) || persisted.ValueKind != JsonValueKind.Object)
        {
            return (request.Query, null);
        }
        if (!persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 1)
        {
            return (null, Error("Unsupported persisted query version; only version 1 is.", "PERSISTED_QUERY_VERSION_NOT_SUPPORTED"));
        }
        if (!persisted.TryGetProperty("sha256Hash", out var hashElement) || hashElement.ValueKind != JsonValueKind.String ||
            hashElement.GetString() is not { Length: 64 } hash)
        {
            return (null, Error("persistedQuery.sha256Hash must be the 64 hex digits of the query's SHA-256.", "BAD_REQUEST"));
        }
        hash = hash.ToLowerInvariant();

        if (request.Query is null)
        {
            var stored = await store.GetAsync(hash, cancellationToken).ConfigureAwait(false);
            return stored is null ? (null, Error(NotFoundMessage, NotFoundCode)) : (stored, null);
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Query)));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(actual), Encoding.ASCII.GetBytes(hash)))
        {
            return (null, Error("The provided sha256Hash does not match the query.", HashMismatchCode));
        }
        await store.SetAsync(hash, request.Query, cancellationToken).ConfigureAwait(false);
        return (request.Query, null);
    }

    private static GraphQLError Error(string message, string code) =>
        new(message, nodes: null, extensions: new Dictionary<string, object?> { ["code"] = code });
}
