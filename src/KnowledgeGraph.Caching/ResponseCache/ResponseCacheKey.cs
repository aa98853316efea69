using System.Buffers;
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
    private const string NoVariables = "{}";

    public static string Compute(ResponseCacheRequest request, long graphVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operationName = request.OperationName ?? string.Empty;
        var variables = string.IsNullOrWhiteSpace(request.VariablesJson) ? NoVariables : VariablesCanonicalizer.Canonicalize(request.VariablesJson);

        // Every lookup computes this, hits included: one pooled buffer and a one-shot hash, no incremental state.
        var capacity = 8 + (4 * 4) + Encoding.UTF8.GetMaxByteCount(request.Role.Length + operationName.Length + request.Document.Length + variables.Length);
        var rented = ArrayPool<byte>.Shared.Rent(capacity);
        try
        {
            var buffer = rented.AsSpan();
            BinaryPrimitives.WriteInt64LittleEndian(buffer, graphVersion);
            var written = 8;
            written += Append(buffer[written..], request.Role);
            written += Append(buffer[written..], operationName);
            written += Append(buffer[written..], request.Document);
            written += Append(buffer[written..], variables);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..written], digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int Append(Span<byte> buffer, string text)
    {
        var length = Encoding.UTF8.GetBytes(text, buffer[4..]);
        BinaryPrimitives.WriteInt32LittleEndian(buffer, length);
        return 4 + length;
    }
}
