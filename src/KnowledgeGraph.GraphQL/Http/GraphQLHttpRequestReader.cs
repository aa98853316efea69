using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>
/// Reads the request parameters from a GET query string or a POST application/json body, as the
/// GraphQL-over-HTTP specification lays them out. Wrong types and malformed JSON are the client's fault: 400.
/// </summary>
public static class GraphQLHttpRequestReader
{
    public static async Task<(GraphQLHttpRequest? Request, HttpRequestProblem? Problem)> ReadAsync(HttpRequest http, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method)) return ReadGet(http.Query);

        if (!MediaTypes.IsJsonRequest(http.ContentType, out var badCharset))
        {
            return (null, new HttpRequestProblem(StatusCodes.Status415UnsupportedMediaType, badCharset
                ? "Request bodies must be UTF-8."
                : "POST requests must have Content-Type: application/json."));
        }
        if (http.ContentLength > maxBodyBytes) return (null, TooLarge(maxBodyBytes));

        using var body = new PooledBufferWriter(http.ContentLength is { } length and > 0 && length <= maxBodyBytes ? (int)length + 1 : 4096);
        if (!await ReadBodyAsync(http.Body, body, maxBodyBytes, cancellationToken).ConfigureAwait(false)) return (null, TooLarge(maxBodyBytes));
        if (body.WrittenMemory.Length == 0) return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "The request body is empty; send a JSON object with a \"query\"."));

        // The document reads the pooled bytes in place; everything kept from it is copied out (strings, Clone) before
        // the buffer goes back to the pool.
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.WrittenMemory, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "The request body is not valid JSON: " + e.Message));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, Bad("The request body must be a JSON object."));

            string? query = null, operationName = null;
            JsonElement? variables = null, extensions = null;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "query":
                        if (!TryString(property.Value, out query)) return (null, Bad("\"query\" must be a string."));
                        break;
                    case "operationName":
                        if (!TryString(property.Value, out operationName)) return (null, Bad("\"operationName\" must be a string or null."));
                        break;
                    case "variables":
                        if (!TryMap(property.Value, out variables)) return (null, Bad("\"variables\" must be an object or null."));
                        break;
                    case "extensions":
                        if (!TryMap(property.Value, out extensions)) return (null, Bad("\"extensions\" must be an object or null."));
                        break;
                }
            }
            return (new GraphQLHttpRequest(query, operationName, variables, extensions), null);
        }
    }

    private static (GraphQLHttpRequest?, HttpRequestProblem?) ReadGet(IQueryCollection query)
    {
        var text = query.TryGetValue("query", out var q) ? q.ToString() : null;
        var operationName = query.TryGetValue("operationName", out var o) && o.Count > 0 && o.ToString().Length > 0 ? o.ToString() : null;
        JsonElement? variables = null, extensions = null;
        if (query.TryGetValue("variables", out var v) && v.Count > 0 && v.ToString().Length > 0)
        {
            if (!TryParseMap(v.ToString(), out variables)) return (null, Bad("\"variables\" must be a URL-encoded JSON object."));
        }
        if (query.TryGetValue("extensions", out var e) && e.Count > 0 && e.ToString().Length > 0)
        {
            if (!TryParseMap(e.ToString(), out extensions)) return (null, Bad("\"extensions\" must be a URL-encoded JSON object."));
        }
        return (new GraphQLHttpRequest(text, operationName, variables, extensions), null);
    }

    private static HttpRequestProblem Bad(string message) => new(StatusCodes.Status400BadRequest, message);

    private static HttpRequestProblem TooLarge(int max) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {max} bytes.");

    private static bool TryString(JsonElement value, out string? text)
    {
        text = value.ValueKind switch { JsonValueKind.String => value.GetString(), _ => null };
        return value.ValueKind is JsonValueKind.String or JsonValueKind.Null;
    }

    private static bool TryMap(JsonElement value, out JsonElement? map)
    {
        map = value.ValueKind == JsonValueKind.Object ? value.Clone() : null;
        return value.ValueKind is JsonValueKind.Object or JsonValueKind.Null;
    }

    private static bool TryParseMap(string json, out JsonElement? map)
    {
        map = null;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            return TryMap(doc.RootElement, out map);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads the body into <paramref name="output"/>; false when it is larger than allowed (read no further than that).</summary>
    private static async Task<bool> ReadBodyAsync(Stream body, PooledBufferWriter output, int max, CancellationToken cancellationToken)
    {
        int read;
        var total = 0;
        while ((read = await body.ReadAsync(output.GetMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > max) return false;
            output.Advance(read);
        }
        return true;
    }
}
