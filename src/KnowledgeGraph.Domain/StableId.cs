using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Domain;

/// <summary>
/// Content-derived identifiers: the same entity named the same way always gets the same id, whichever report
/// or backend produced it. Form: "{Type}:{26 base32 chars of SHA-256 over the normalized parts}".
/// </summary>
public static class StableId
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string For(string type, params string?[] parts)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        var joined = string.Join('\u001f', parts.Select(p => Normalize(p ?? string.Empty)));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(type + '\u001e' + joined), hash);
        return type + ":" + Base32(hash[..16]);
    }

    /// <summary>The type part of an id ("Document" for "Document:abc…"), or null when it has none.</summary>
    public static string? TypeOf(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? id[..colon] : null;
    }

    /// <summary>NFKC folds full-width letters, digits and brackets; whitespace is dropped since Chinese has none that matters.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder((bytes.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) sb.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        return sb.ToString();
    }
}
