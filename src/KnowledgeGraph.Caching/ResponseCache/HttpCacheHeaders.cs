using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>
/// HTTP caching for GET responses (RFC 9110 §13, RFC 9111): ETag, Cache-Control, and 304 Not Modified when the
/// client's If-None-Match already names the current representation.
/// </summary>
public static class HttpCacheHeaders
{
    private const string DefaultVary = "Authorization, X-Api-Key";

    /// <summary>
    /// Answers vary by role (the Authorization header), so shared caches must not keep them: <c>private</c>.
    /// </summary>
    public static string CacheControl(TimeSpan maxAge) =>
        "private, max-age=" + ((long)Math.Max(0, maxAge.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// True when an If-None-Match field value matches <paramref name="etag"/>: <c>*</c>, or any listed tag equal to
    /// it under the weak comparison the RFC prescribes for If-None-Match.
    /// </summary>
    public static bool IfNoneMatchMatches(string? ifNoneMatch, string etag)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return false;
        }

        if (ifNoneMatch.Trim() == "*")
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags) || !EntityTagHeaderValue.TryParse(etag, out var current))
        {
            return false;
        }

        return tags.Any(tag => tag.Compare(current, useStrongComparison: false));
    }

    /// <summary>
    /// Sets ETag, Cache-Control and Vary on a GET or HEAD response and, when the request's If-None-Match matches,
    /// turns it into 304 Not Modified. Returns true when the caller must not write the body. <paramref name="vary"/>
    /// names the request headers that select the role (by default Authorization and X-Api-Key).
    /// </summary>
    public static bool ApplyAndCheckNotModified(HttpContext context, string etag, TimeSpan maxAge, string? vary = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl(maxAge);
        headers.Vary = vary ?? DefaultVary;
        if (!IfNoneMatchMatches(request.Headers.IfNoneMatch, etag))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
