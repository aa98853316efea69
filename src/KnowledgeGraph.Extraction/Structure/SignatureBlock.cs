using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Metadata;

namespace KnowledgeGraph.Extraction.Structure;

/// <summary>
/// The signature block that closes a report: an issuer line (某某县人民政府, at most 40 characters, no sentence
/// punctuation) and a date line (2023年1月15日 or 二〇二三年一月十五日) among the last four lines. It is metadata,
/// never part of a sentence, so the last problem or plan does not run on into it.
/// </summary>
internal static partial class SignatureBlock
{
    [GeneratedRegex(@"^(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")]
    private static partial Regex DateLine();

    private const int LinesSearched = 4;

    /// <summary>Offset in <paramref name="s"/> where the signature block starts, or s.Length when there is none.</summary>
    public static int StartOf(string s)
    {
        // Non-empty lines from the end, as (start, end) with surrounding whitespace trimmed.
        var lines = new List<(int Start, int End)>(LinesSearched + 1);
        var end = s.Length;
        while (end > 0 && lines.Count <= LinesSearched)
        {
            var nl = s.LastIndexOf('\n', end - 1);
            var start = nl + 1;
            var (ts, te) = Trim(s, start, end);
            if (te > ts) lines.Add((ts, te));
            end = nl < 0 ? 0 : nl;
        }
        for (var i = 0; i < Math.Min(LinesSearched, lines.Count); i++)
        {
            var (ds, de) = lines[i];
            if (!DateLine().IsMatch(ChineseNumerals.DigitsInDate(s[ds..de]))) continue;
            if (i + 1 < lines.Count && IsIssuer(s.AsSpan(lines[i + 1].Start, lines[i + 1].End - lines[i + 1].Start))) return lines[i + 1].Start;
            return ds;
        }
        return s.Length;
    }

    private static bool IsIssuer(ReadOnlySpan<char> line) =>
        line.Length is >= 2 and <= 40 && line.IndexOfAny('。', ',', ';') < 0 && line.IndexOfAny(':', '!', '?') < 0;

    private static (int, int) Trim(string s, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return (start, end);
    }
}
