using System.Buffers;
using System.Globalization;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Figures of the year: an Arabic number (decimals, and 余/多 for "more than") followed by a counting unit or %,
/// in any part of the report except the plans. Not figures: ordinals (第3批), dates and years (年/月/日 are not
/// units), durations such as 6个月, numbers inside cited titles and document numbers, hotline numbers without a
/// unit (12345). Rates come out as numbers with unit "%".
/// </summary>
internal static class MetricRecognizer
{
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",、;:()()。“”\"!?");

    private static readonly string[] LeadingNoise = ["截至目前", "截止目前", "截至", "今年以来", "年内", "全年累计", "全年", "累计", "合计", "共计", "其中", "目前", "已经", "先后", "共", "已", "又", "均", "再", "并", "还",
        // the enumeration of the report's own paragraphs (一是制定并公开年度重大行政决策事项1项)
        "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "此外", "另外", "同时"];

    private static readonly string[] YearWords = ["年以来", "年度", "年内", "年"];

    private static readonly string[] TrailingNoise = ["共计", "合计", "累计", "达到", "总数", "共", "达", "为", "约", "近", "计", "超", "逾"];

    public static List<MetricFact> Recognize(Analysis a)
    {
        var s = a.S;
        var facts = new List<MetricFact>();
        var figures = new List<FigureScanner.Figure>();
        for (var i = 0; i < a.Sentences.Count; i++)
        {
            var sentence = a.Sentences[i];
            if (sentence.Kind == SectionKind.Plans) continue;
            Evidence? evidence = null;
            string? lastName = null;
            figures.Clear();
            FigureScanner.Scan(s, sentence.Start, sentence.End, figures);
            var previousEnd = sentence.Start;
            foreach (var (start, numLength, unitStart, end) in figures)
            {
                // a name never reaches back into the figure before it: 14个专业委员会召开推进部署会61次 names the 61
                // 专业委员会召开推进部署会, not 个专业委员会…
                var clauseStart = previousEnd;
                previousEnd = end;
                var unitSpan = s.AsSpan(unitStart, end - unitStart);
                if (start > sentence.Start && s[start - 1] == '第') continue;
                if (unitSpan is "个" && end < sentence.End && (s[end] == '月' || s.AsSpan(end).StartsWith("工作日", StringComparison.Ordinal))) continue;
                if (a.InsideTitle(i, start, end)) continue;
                if (!decimal.TryParse(s.AsSpan(start, numLength), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
                var unit = unitSpan.ToString();
                if (IsHotline(s, sentence.Start, start, numLength, value, unit)) continue;

                var name = NameBefore(s, clauseStart, start);
                if (name.Length == 0) name = NameAfter(s, end, sentence.End);
                if (name.Length == 0) name = lastName ?? unit;
                lastName = name;
                evidence ??= a.EvidenceOf(sentence);
                facts.Add(new MetricFact { Name = name, Value = value, Unit = unit, Year = a.Context.Year, Evidence = [evidence] });
            }
        }
        return facts;
    }

    /// <summary>
    /// A service hotline (12345, 12348 …) is a number, not a figure, even when a word such as 所 follows it
    /// (拨打市12345所反映问题). It is named where it is dialled or owned (拨打, 市/县/区, a quote); a 123xx count
    /// after a noun (受理群众诉求12397条) is a figure like any other.
    /// </summary>
    private static bool IsHotline(string s, int sentenceStart, int numberStart, int digits, decimal value, string unit)
    {
        if (digits != 5 || value is < 12300 or > 12399) return false;
        if (unit == "所") return true;
        if (numberStart == sentenceStart) return true;
        var before = s[numberStart - 1];
        if (before is '“' or '"' or '‘' or '「' or '市' or '县' or '区' or '省' or '州' or '旗' or '盟') return true;
        var head = s.AsSpan(sentenceStart, numberStart - sentenceStart);
        return head.EndsWith("拨打", StringComparison.Ordinal) || head.EndsWith("致电", StringComparison.Ordinal) || head.EndsWith("通过", StringComparison.Ordinal) || head.EndsWith("依托", StringComparison.Ordinal);
    }

    /// <summary>The clause words before the number, minus 共/累计/达 and the like: 通过该平台下发群众热线4537条 → 通过该平台下发群众热线.</summary>
    private static string NameBefore(string s, int sentenceStart, int numberStart)
    {
        var from = numberStart;
        while (from > sentenceStart && !ClauseBreaks.Contains(s[from - 1]) && !char.IsAsciiDigit(s[from - 1]) && numberStart - from < 40) from--;
        var name = s.AsSpan(from, numberStart - from).Trim();
        // after a year (2024年开展9次, 2020年度共受理…) the name starts past the year's own word
        if (from > sentenceStart && char.IsAsciiDigit(s[from - 1]))
        {
            foreach (var year in YearWords)
            {
                if (name.StartsWith(year, StringComparison.Ordinal)) { name = name[year.Length..]; break; }
            }
        }
        return Strip(name);
    }

    /// <summary>When nothing precedes the number (8场242人), the noun after the unit names it: 35个部门 → 部门.</summary>
    private static string NameAfter(string s, int unitEnd, int sentenceEnd)
    {
        var to = unitEnd;
        while (to < sentenceEnd && !ClauseBreaks.Contains(s[to]) && !char.IsAsciiDigit(s[to]) && to - unitEnd < 20) to++;
        return Strip(s.AsSpan(unitEnd, to - unitEnd).Trim());
    }

    private static string Strip(ReadOnlySpan<char> name)
    {
        var changed = true;
        while (changed && name.Length > 0)
        {
            changed = false;
            // A first (last) character compare rules out most words before the string compare.
            foreach (var w in LeadingNoise)
            {
                if (name.Length > 0 && name[0] == w[0] && name.StartsWith(w, StringComparison.Ordinal)) { name = name[w.Length..]; changed = true; }
            }
            foreach (var w in TrailingNoise)
            {
                if (name.Length > 0 && name[^1] == w[^1] && name.EndsWith(w, StringComparison.Ordinal) && !(w == "为" && name.EndsWith("行为", StringComparison.Ordinal))) { name = name[..^w.Length]; changed = true; }
            }
        }
        return name.ToString();
    }
}
