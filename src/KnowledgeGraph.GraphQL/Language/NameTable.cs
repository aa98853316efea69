using System.Runtime.CompilerServices;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Reuses the strings of names the lexer has met before (field, type, argument and variable names, keywords), so
/// parsing the same queries again allocates no new name strings. A fixed-size, direct-mapped table shared by all
/// threads: a slot holds the last name hashed to it, a different name simply replaces it, so the table never grows
/// with hostile input and needs no lock (a string reference is written atomically).
/// </summary>
internal static class NameTable
{
    private const int Size = 4096; // a power of two
    private const int MaxLength = 64; // longer names are rare; not worth a slot

    private static readonly string?[] Slots = new string?[Size];

    /// <summary>The string of <c>body[start..start+length]</c> (length ≥ 1).</summary>
    public static string Get(string body, int start, int length)
    {
        if (length > MaxLength) return body.Substring(start, length);
        ref var slot = ref Slots[Hash(body, start, length) & (Size - 1)];
        var known = slot;
        if (known is not null && known.Length == length && body.AsSpan(start, length).SequenceEqual(known)) return known;
        var created = body.Substring(start, length);
        slot = created;
        return created;
    }

    /// <summary>
    /// A slot index from the length and the first, second, middle and last characters: a few loads and one multiply,
    /// whatever the name's length (a hash over every character was a chain of multiplies as long as the name). Names
    /// that collide only share a slot; the comparison in <see cref="Get"/> keeps the answer right.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(string body, int start, int length)
    {
        var last = start + length - 1;
        var h = (uint)length
            ^ ((uint)body[start] << 5)
            ^ ((uint)body[Math.Min(start + 1, last)] << 10)
            ^ ((uint)body[start + (length >> 1)] << 15)
            ^ ((uint)body[last] << 20);
        return (h * 0x9E3779B1u) >> 20;
    }
}
