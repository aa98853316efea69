using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>
/// The cache key: SHA-256 over graph version, role, operation name, document and canonical variables, each
/// length-prefixed so no two different tuples can run together into the same bytes.
/// </summary>
public static class ResponseCacheKey
{
    public static string Compute(ResponseCacheRequest request, long graphVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(number, graphVersion);
        hash.AppendData(number);
        Append(hash, request.Role);
        Append(hash, request.OperationName ?? string.Empty);
        Append(hash, request.Document);
        Append(hash, VariablesCanonicalizer.Canonicalize(request.VariablesJson));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
