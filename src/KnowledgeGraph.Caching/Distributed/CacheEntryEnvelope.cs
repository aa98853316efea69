using System.Buffers.Binary;

namespace KnowledgeGraph.Caching.Distributed;

/// <summary>
/// How an <c>IDistributedCache</c> entry is stored in one Redis string: a format byte, the absolute expiration
/// (UTC ticks, 0 = none), the sliding expiration (ticks, 0 = none), then the value. Keeping the expiration
/// metadata with the value lets Get and Refresh slide the TTL without a second key.
/// </summary>
internal static class CacheEntryEnvelope
{
    private const byte FormatVersion = 1;
    private const int HeaderLength = 17;

    public static byte[] Wrap(ReadOnlySpan<byte> value, DateTimeOffset? absoluteExpiration, TimeSpan? slidingExpiration)
    {
        var bytes = new byte[HeaderLength + value.Length];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(1), absoluteExpiration?.UtcTicks ?? 0);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(9), slidingExpiration?.Ticks ?? 0);
        value.CopyTo(bytes.AsSpan(HeaderLength));
        return bytes;
    }

    /// <summary>Reads an entry; false for bytes this cache did not write (treated as a miss).</summary>
    public static bool TryUnwrap(byte[] stored, out ReadOnlyMemory<byte> value, out DateTimeOffset? absoluteExpiration, out TimeSpan? slidingExpiration)
    {
        value = default;
        absoluteExpiration = null;
        slidingExpiration = null;
        if (stored.Length < HeaderLength || stored[0] != FormatVersion)
        {
            return false;
        }

        var absolute = BinaryPrimitives.ReadInt64LittleEndian(stored.AsSpan(1));
        var sliding = BinaryPrimitives.ReadInt64LittleEndian(stored.AsSpan(9));
        absoluteExpiration = absolute == 0 ? null : new DateTimeOffset(absolute, TimeSpan.Zero);
        slidingExpiration = sliding == 0 ? null : TimeSpan.FromTicks(sliding);
        value = stored.AsMemory(HeaderLength);
        return true;
    }
}
