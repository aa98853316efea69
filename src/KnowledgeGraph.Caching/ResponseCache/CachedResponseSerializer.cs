using System.Buffers.Binary;
using System.Text;

namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>Stored form of a cached response: format byte, graph version, ETag (length-prefixed), body.</summary>
internal static class CachedResponseSerializer
{
    private const byte FormatVersion = 1;

    public static byte[] Serialize(CachedResponse response)
    {
        var etag = Encoding.ASCII.GetBytes(response.ETag);
        var bytes = new byte[1 + 8 + 1 + etag.Length + response.Body.Length];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(1), response.GraphVersion);
        bytes[9] = checked((byte)etag.Length);
        etag.CopyTo(bytes.AsSpan(10));
        response.Body.Span.CopyTo(bytes.AsSpan(10 + etag.Length));
        return bytes;
    }

    /// <summary>Reads a stored entry; the body is a slice of <paramref name="stored"/>, not a copy.</summary>
    public static CachedResponse? Deserialize(ReadOnlyMemory<byte> stored)
    {
        var bytes = stored.Span;
        if (bytes.Length < 10 || bytes[0] != FormatVersion || bytes.Length < 10 + bytes[9])
        {
            return null;
        }

        var version = BinaryPrimitives.ReadInt64LittleEndian(bytes[1..]);
        var etag = Encoding.ASCII.GetString(bytes.Slice(10, bytes[9]));
        return new CachedResponse(stored[(10 + bytes[9])..], etag, version);
    }
}
