using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>Media types of GraphQL over HTTP and the choice of response type from the Accept header.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The Content-Type of a response in <paramref name="mediaType"/> (one of the two above).</summary>
    public static string ContentType(string mediaType) => mediaType switch
    {
        GraphQLResponse => "application/graphql-response+json; charset=utf-8",
        Json => "application/json; charset=utf-8",
        _ => mediaType + "; charset=utf-8",
    };

    /// <summary>
    /// <see cref="Negotiate(IList{MediaTypeHeaderValue}?)"/> for a request. A lone media type without parameters —
    /// what clients almost always send — is answered without parsing the header; anything else is parsed.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accept = request.Headers.Accept;
        if (accept.Count == 0) return Json;
        if (accept.Count == 1)
        {
            var value = accept[0];
            if (string.Equals(value, GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (string.Equals(value, Json, StringComparison.OrdinalIgnoreCase) || value is "*/*" or "application/*") return Json;
        }
        return Negotiate(request.GetTypedHeaders().Accept);
    }

    /// <summary>
    /// The response media type for an Accept header, or null when the client accepts neither JSON type (406).
    /// No Accept header, or <c>*/*</c>, means application/json (what pre-2022 clients expect). Among the accepted
    /// types the one with the higher quality wins; at equal quality the newer graphql-response+json does.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue>? accept)
    {
        if (accept is null || accept.Count == 0) return Json;
        string? best = null;
        double bestQuality = 0;
        foreach (var value in accept)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0) continue;
            var type = value.MediaType.Value?.ToLowerInvariant();
            string? candidate = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                "application/*" or "*/*" => Json,
                _ => null,
            };
            if (candidate is null) continue;
            if (best is null || quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse && best != GraphQLResponse))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    /// <summary>True for application/json request bodies in UTF-8 (stated or assumed).</summary>
    public static bool IsJsonRequest(string? contentType, out bool unsupportedCharset)
    {
        unsupportedCharset = false;
        // The usual two spellings need no parsing.
        if (string.Equals(contentType, Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(contentType, "application/json; charset=utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed)) return false;
        var type = parsed.MediaType.Value?.ToLowerInvariant();
        if (type != Json && type != GraphQLResponse) return false;
        var charset = parsed.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            unsupportedCharset = true;
            return false;
        }
        return true;
    }
}
