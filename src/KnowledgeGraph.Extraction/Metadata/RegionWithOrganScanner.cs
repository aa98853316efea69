using System.Buffers;

namespace KnowledgeGraph.Extraction.Metadata;

/// <summary>
/// A county-level region named together with its own organs — 平鲁区委, 高邑县人民政府 — or opening a cited title
/// (《岳阳县…): 2–3 Chinese characters and 自治县, 县, 区, 旗 or 市 (not 市 in a title), followed by an organ word.
/// Names are found left to right without overlapping, the shortest at each position, as the regex they replace did;
/// but only positions a few characters before a 县/区/旗/市 or at a 《 are tried, instead of every position.
/// </summary>
internal static class RegionWithOrganScanner
{
    private static readonly string[] Suffixes = ["自治县", "县", "区", "旗", "市"];

    private static readonly string[] TitleSuffixes = ["自治县", "县", "区", "旗"];

    private static readonly string[] OrganWords = ["委", "人民政府", "政府", "党委", "党政", "人大", "政协", "司法局"];

    // Every name ends in one of these (自治县 in 县); a title name starts at 《.
    private static readonly SearchValues<char> Anchors = SearchValues.Create("县区旗市《");

    // A name with its suffix is at most 3 + 3 characters, so its start lies at most 5 before its last character.
    private const int Reach = 5;

    /// <summary>The names in <paramref name="text"/>, in order.</summary>
    public static List<string> Names(string text)
    {
        var names = new List<string>();
        var cursor = 0; // no match may start before the end of the previous one
        var tried = -1; // positions up to here have been tried
        var from = 0;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOfAny(Anchors);
            if (hit < 0) break;
            var anchor = from + hit;
            for (var p = Math.Max(Math.Max(anchor - Reach, cursor), tried + 1); p <= anchor; p++)
            {
                tried = p;
                if (MatchAt(text, p) is not var (nameStart, end)) continue;
                names.Add(text[nameStart..end]);
                cursor = end;
                tried = end - 1;
                break;
            }
            from = Math.Max(anchor + 1, cursor);
        }
        return names;
    }

    /// <summary>The name starting at <paramref name="p"/> as (name start, match end), or null.</summary>
    private static (int NameStart, int End)? MatchAt(string text, int p)
    {
        if (Organ(text, p, Suffixes, lookahead: true) is int end) return (p, end);
        if (text[p] == '《' && Organ(text, p + 1, TitleSuffixes, lookahead: false) is int titleEnd) return (p + 1, titleEnd);
        return null;
    }

    /// <summary>2–3 CJK characters from <paramref name="start"/>, a suffix and (when asked) an organ word after it: the suffix's end, or null.</summary>
    private static int? Organ(string text, int start, string[] suffixes, bool lookahead)
    {
        for (var k = 2; k <= 3; k++)
        {
            var at = start + k;
            if (at > text.Length || !CityWithOrganScanner.IsCjk(text[at - 1]) || !CityWithOrganScanner.IsCjk(text[start])) return null;
            // Every suffix starts with one of these: most positions are ruled out by one character.
            if (at >= text.Length || text[at] is not ('自' or '县' or '区' or '旗' or '市')) continue;
            var rest = text.AsSpan(at);
            foreach (var suffix in suffixes)
            {
                if (!rest.StartsWith(suffix, StringComparison.Ordinal)) continue;
                if (!lookahead) return at + suffix.Length;
                var after = rest[suffix.Length..];
                foreach (var organ in OrganWords)
                {
                    if (after.StartsWith(organ, StringComparison.Ordinal)) return at + suffix.Length;
                }
            }
        }
        return null;
    }
}
