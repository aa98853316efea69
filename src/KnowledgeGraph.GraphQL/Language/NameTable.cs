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

    /// <summary>FNV-1a over the UTF-16 code units (names are ASCII, so this spreads them well enough).</summary>
    public const uint Seed = 2166136261u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    /// <summary>The string of <c>body[start..start+length]</c>, whose hash (<see cref="Seed"/>, <see cref="Step"/>) the caller computed.</summary>
    public static string Get(string body, int start, int length, uint hash)
    {
        if (length > MaxLength) return body.Substring(start, length);
        ref var slot = ref Slots[hash & (Size - 1)];
        var known = slot;
        if (known is not null && known.Length == length && body.AsSpan(start, length).SequenceEqual(known)) return known;
        var created = body.Substring(start, length);
        slot = created;
        return created;
    }
}
