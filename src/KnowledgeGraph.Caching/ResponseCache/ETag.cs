using System.Security.Cryptography;

namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>Strong entity tags derived from the body, so equal bodies share a tag across instances.</summary>
public static class ETag
{
    public static string For(ReadOnlySpan<byte> body)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(body, digest);
        return "\"" + Convert.ToBase64String(digest[..18]).Replace('+', '-').Replace('/', '_') + "\"";
    }
}
