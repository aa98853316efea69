namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Organ words that end a body's name — 人民检察院 检察院 人民法院 法院 分局 局 政法委 编办 网信办 政府办公室 政府办 委办
/// 党工委 管委会 纪委 监委 人大常委会 人大 政协, the service centres (行政服务中心 …), and 委 人民政府 政府 right after a
/// region word (县委, 区人民政府). Found left to right without overlapping; at one position the first word of this
/// list that fits wins, as in the regex alternation it replaces. Only characters that can start a word are tried.
/// </summary>
internal static class OrganWordScanner
{
    private readonly record struct Word(string Text, bool AfterRegion);

    private static readonly Word[] Words =
    [
        new("人民检察院", false), new("检察院", false), new("人民法院", false), new("法院", false), new("分局", false), new("局", false),
        new("政法委", false), new("编办", false), new("网信办", false), new("政府办公室", false), new("政府办", false), new("委办", false),
        new("党工委", false), new("管委会", false), new("纪委", false), new("监委", false), new("人大常委会", false), new("人大", false),
        new("政协", false), new("行政服务中心", false), new("政务服务中心", false), new("大数据中心", false), new("便民服务中心", false),
        new("委", true), new("人民政府", true), new("政府", true),
    ];

    /// <summary>The words starting with each first character, in list order.</summary>
    private static readonly Dictionary<char, Word[]> ByFirstChar = Words.GroupBy(w => w.Text[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly System.Buffers.SearchValues<char> FirstChars = System.Buffers.SearchValues.Create(string.Concat(ByFirstChar.Keys));

    /// <summary>Appends the organ words in s[start, end) as (index, length) to <paramref name="found"/>.</summary>
    public static void Scan(string s, int start, int end, List<(int Index, int Length)> found)
    {
        var p = start;
        while (p < end)
        {
            var hit = s.AsSpan(p, end - p).IndexOfAny(FirstChars);
            if (hit < 0) return;
            p += hit;
            var length = WordAt(s, p, start, end);
            if (length > 0)
            {
                found.Add((p, length));
                p += length;
            }
            else
            {
                p++;
            }
        }
    }

    /// <summary>Whether s[start, end) holds an organ word.</summary>
    public static bool Contains(string s, int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            if (FirstChars.Contains(s[p]) && WordAt(s, p, start, end) > 0) return true;
        }
        return false;
    }

    private static int WordAt(string s, int p, int start, int end)
    {
        var rest = s.AsSpan(p, end - p);
        foreach (var word in ByFirstChar[s[p]])
        {
            if (!rest.StartsWith(word.Text, StringComparison.Ordinal)) continue;
            // The region word must lie inside the scanned stretch, as the regex's lookbehind could not see before it.
            if (word.AfterRegion && !(p > start && s[p - 1] is '县' or '区' or '市' or '旗')) continue;
            // 依法治区委员会: the region word belongs to 依法治区, no 区委 is named.
            if (word.AfterRegion && p - 2 >= start && s[p - 2] == '治') continue;
            return word.Text.Length;
        }
        return 0;
    }
}
