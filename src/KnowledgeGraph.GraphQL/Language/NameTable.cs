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

    public static string Get(string body, int start, int end)
    {
        var length = end - start;
        if (length > MaxLength) return body[start..end];
        var name = body.AsSpan(start, length);
        // FNV-1a over the UTF-16 code units; names are ASCII, so this spreads them well enough.
        var hash = 2166136261u;
        foreach (var c in name) hash = (hash ^ c) * 16777619u;
        ref var slot = ref Slots[hash & (Size - 1)];
        var known = slot;
        if (known is not null && name.SequenceEqual(known)) return known;
        var created = name.ToString();
        slot = created;
        return created;
    }
}
