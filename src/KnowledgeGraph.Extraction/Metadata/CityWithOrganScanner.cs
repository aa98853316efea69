using System.Buffers;

namespace KnowledgeGraph.Extraction.Metadata;

/// <summary>
/// A prefecture named together with one of its own organs — 石家庄市人民政府, 阿勒泰地区行政公署, 岳阳市中级人民法院:
/// a run of 2–6 Chinese characters that starts a run of Chinese text, ends in 市 (not 市场), 地区, 自治州 or 盟, and is
/// followed by an organ word. The shortest such name wins at each run start, one name per run. A hand-written scan
/// (it used to be a regex with a lazy prefix tried at every position of the report, the costliest step of reading
/// the metadata).
/// </summary>
internal static class CityWithOrganScanner
{
    private const int MinPrefix = 2;
    private const int MaxPrefix = 6;

    private static readonly string[] Suffixes = ["市", "地区", "自治州", "盟"];

    private static readonly string[] OrganWords = ["人民政府", "政府", "行政公署", "行署", "市委", "委员会", "司法局", "信用", "中级人民法院"];

    // Every suffix starts with one of these.
    private static readonly SearchValues<char> SuffixStarts = SearchValues.Create("市地自盟");

    /// <summary>
    /// The names in <paramref name="text"/>, in order. Only the characters that can start a suffix are visited: the
    /// first of them 2–6 characters into a run that completes a name gives the run's (shortest) name.
    /// </summary>
    public static List<string> Names(string text)
    {
        var names = new List<string>();
        var namedRun = -1; // the start of the last run that gave a name
        for (var at = 0; at < text.Length; at++)
        {
            var hit = text.AsSpan(at).IndexOfAny(SuffixStarts);
            if (hit < 0) break;
            at += hit;
            if (RunStart(text, at) is not int runStart || runStart == namedRun || SuffixLength(text, at) is not (> 0 and var length)) continue;
            names.Add(text[runStart..(at + length)]);
            namedRun = runStart;
        }
        return names;
    }

    /// <summary>The start of the run of Chinese text that reaches <paramref name="at"/> when it lies 2–6 characters before it, or null.</summary>
    private static int? RunStart(string text, int at)
    {
        for (var k = 1; k <= MaxPrefix; k++)
        {
            var p = at - k;
            if (p < 0 || !IsCjk(text[p])) return null;
            if (k >= MinPrefix && (p == 0 || !IsCjk(text[p - 1]))) return p;
        }
        return null;
    }

    /// <summary>The length of the suffix (not 市场) at <paramref name="at"/> that an organ word follows, or 0.</summary>
    private static int SuffixLength(string text, int at)
    {
        var rest = text.AsSpan(at);
        foreach (var suffix in Suffixes)
        {
            if (!rest.StartsWith(suffix, StringComparison.Ordinal)) continue;
            var after = rest[suffix.Length..];
            if (suffix == "市" && after.StartsWith('场')) continue;
            foreach (var organ in OrganWords)
            {
                if (after.StartsWith(organ, StringComparison.Ordinal)) return suffix.Length;
            }
        }
        return 0;
    }

    /// <summary>The CJK Unified Ideographs block, U+4E00–U+9FFF (what the regex class \p{IsCJKUnifiedIdeographs} meant).</summary>
    internal static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
