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
        // Fast path: ASCII, CJK unified ideographs and the common CJK punctuation below are each NFKC-stable and
        // never compose with one another, so a string made only of them skips the costly ICU normalization.
        var folded = IsPlainNfkc(text) ? text : text.Normalize(NormalizationForm.FormKC);
        var whitespace = 0;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c)) whitespace++;
        }
        if (whitespace == 0) return folded;
        return string.Create(folded.Length - whitespace, folded, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (!char.IsWhiteSpace(c)) span[at++] = c;
            }
        });
    }

    private static bool IsPlainNfkc(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x80 || c is >= '\u4E00' and <= '\u9FFF') continue;
            switch (c)
            {
                case '、' or '。' or '〈' or '〉' or '《' or '》' or '「' or '」' or '『' or '』' or '【' or '】' or '〔' or '〕' or '“' or '”' or '‘' or '’' or '—' or '·':
                    continue;
                default:
                    return false;
            }
        }
        return true;
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
