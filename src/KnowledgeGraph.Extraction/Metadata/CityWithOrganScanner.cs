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

    /// <summary>The names in <paramref name="text"/>, in order.</summary>
    public static List<string> Names(string text)
    {
        var names = new List<string>();
        var span = text.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            // Runs are found with vectorized range searches, not a test per character.
            var skip = span[i..].IndexOfAnyInRange('\u4E00', '\u9FFF');
            if (skip < 0) break;
            var runStart = i + skip;
            var runLength = span[runStart..].IndexOfAnyExceptInRange('\u4E00', '\u9FFF');
            i = runLength < 0 ? text.Length : runStart + runLength;
            if (Match(text, runStart) is int end) names.Add(text[runStart..end]);
        }
        return names;
    }

    /// <summary>The end of the name starting at <paramref name="start"/>, or null.</summary>
    private static int? Match(string text, int start)
    {
        for (var k = MinPrefix; k <= MaxPrefix; k++)
        {
            var at = start + k;
            if (at > text.Length || !IsCjk(text[at - 1])) return null;
            // Every suffix starts with one of these: most positions are ruled out by one character.
            if (at >= text.Length || text[at] is not ('市' or '地' or '自' or '盟')) continue;
            var rest = text.AsSpan(at);
            foreach (var suffix in Suffixes)
            {
                if (!rest.StartsWith(suffix, StringComparison.Ordinal)) continue;
                var after = rest[suffix.Length..];
                if (suffix == "市" && after.StartsWith('场')) continue;
                foreach (var organ in OrganWords)
                {
                    if (after.StartsWith(organ, StringComparison.Ordinal)) return at + suffix.Length;
                }
            }
        }
        return null;
    }

    /// <summary>The CJK Unified Ideographs block, U+4E00–U+9FFF (what the regex class \p{IsCJKUnifiedIdeographs} meant).</summary>
    internal static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
