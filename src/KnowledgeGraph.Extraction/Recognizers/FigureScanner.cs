namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Figures as metrics read them: a number that does not continue another (no digit or '.' before it) — up to 12
/// digits and up to 4 decimals —, an optional space, 余 or 多 ("more than"), space, then a counting unit or %.
/// Each part has only one way to match, so a plain scan finds exactly what the regex it replaces did; at each
/// position the first unit of the list that fits wins (个百分点 before 个, 万人次 before 万人 before 人).
/// </summary>
internal static class FigureScanner
{
    private const int MaxDigits = 12;
    private const int MaxDecimals = 4;

    private static readonly string[] Units =
    [
        "%", "个百分点", "万人次", "万元", "亿元", "万件", "万户", "万人", "万册", "万份", "万条", "人次", "家次", "件次", "批次", "场次", "户次",
        "车次", "事项", "大类", "小时", "平方米", "公里", "项", "件", "条", "个", "人", "名", "次", "场", "家", "份", "起", "例", "批", "期", "堂",
        "户", "笔", "辆", "册", "类", "所", "座", "处", "支", "套", "台", "篇", "宗", "张", "天", "位", "封", "部", "间", "吨", "元", "亩", "轮",
        "组", "节", "课时", "学时",
    ];

    /// <summary>The units starting with each first character, in list order (only one character's units can fit at a position).</summary>
    private static readonly Dictionary<char, string[]> UnitsByFirstChar = Units.GroupBy(u => u[0]).ToDictionary(g => g.Key, g => g.ToArray());

    internal readonly record struct Figure(int Start, int NumberLength, int UnitStart, int End);

    /// <summary>The figures in s[start, end), in order.</summary>
    public static void Scan(string s, int start, int end, List<Figure> found)
    {
        var p = start;
        while (p < end)
        {
            if (!IsDigit(s[p]) || p > start && (IsDigit(s[p - 1]) || s[p - 1] == '.')) { p++; continue; }
            if (MatchAt(s, p, end) is Figure f)
            {
                found.Add(f);
                p = f.End;
            }
            else
            {
                p++;
            }
        }
    }

    private static Figure? MatchAt(string s, int p, int end)
    {
        var at = p;
        while (at < end && IsDigit(s[at])) at++;
        if (at - p > MaxDigits) return null;
        if (at < end && s[at] == '.')
        {
            var decimals = at + 1;
            while (decimals < end && IsDigit(s[decimals])) decimals++;
            if (decimals == at + 1 || decimals - at - 1 > MaxDecimals) return null;
            at = decimals;
        }
        var numberLength = at - p;
        if (at < end && char.IsWhiteSpace(s[at])) at++;
        if (at < end && s[at] is '余' or '多') at++;
        if (at < end && char.IsWhiteSpace(s[at])) at++;
        if (at >= end || !UnitsByFirstChar.TryGetValue(s[at], out var units)) return null;
        var rest = s.AsSpan(at, end - at);
        foreach (var unit in units)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal)) return new Figure(p, numberLength, at, at + unit.Length);
        }
        return null;
    }

    /// <summary>A decimal digit of any script (what the regex's \d matched); quick for ASCII and Chinese characters.</summary>
    private static bool IsDigit(char c) => c < '\u0080' ? char.IsAsciiDigit(c) : c is < '\u4E00' or > '\u9FFF' && char.IsDigit(c);
}
