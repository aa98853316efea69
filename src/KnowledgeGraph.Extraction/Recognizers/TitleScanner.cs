using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Finds 《…》 titles. A title nested in another (《关于对<行政执法事项清单>动态调整的通知》 or 《…《…》…》) stays
/// part of the outer one; an unclosed 《 that runs into a full stop or a new line is not a title. A document number
/// in brackets right after the title belongs to it: 《…》(高政办发〔2020〕65号).
/// </summary>
internal static partial class TitleScanner
{
    private const int MaxTitleLength = 120;

    [GeneratedRegex(@"\G\s*[((]?\s*(?<num>[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,12}\s*[〔\[【(［](19|20)\d{2}[〕\]】)］]\s*(\d{1,5}(-\d{1,4})?|[零一二三四五六七八九十百]{1,6})\s*号)\s*[))]?")]
    private static partial Regex NumberAfterTitle();

    public static List<CitedTitle> Scan(string s, int start, int end)
    {
        var titles = new List<CitedTitle>();
        var i = start;
        while (i < end)
        {
            var open = s.IndexOf('《', i, end - i);
            if (open < 0) break;
            var close = FindClose(s, open, end);
            if (close < 0) { i = open + 1; continue; }
            var title = CollapseSpaces(s.AsSpan(open + 1, close - open - 1));
            var titleEnd = close + 1;
            var spanEnd = titleEnd;
            DocNumber? number = null;
            var m = NumberAfterTitle().Match(s, titleEnd, end - titleEnd);
            if (m.Success && DocNumber.TryParse(m.Groups["num"].Value, out var n))
            {
                number = n;
                spanEnd = titleEnd + m.Length;
            }
            if (title.Length > 0) titles.Add(new CitedTitle(open, spanEnd, titleEnd, title, number));
            i = titleEnd;
        }
        return titles;
    }

    private static int FindClose(string s, int open, int end)
    {
        var depth = 0;
        var limit = Math.Min(end, open + MaxTitleLength);
        for (var j = open; j < limit; j++)
        {
            switch (s[j])
            {
                case '《': depth++; break;
                case '》':
                    depth--;
                    if (depth == 0) return j;
                    break;
                case '。' or '\n': return -1;
            }
        }
        return -1;
    }

    private static string CollapseSpaces(ReadOnlySpan<char> title)
    {
        var trimmed = title.Trim();
        if (!trimmed.ContainsAny(' ', '\n')) return trimmed.ToString();
        var chars = new char[trimmed.Length];
        var n = 0;
        foreach (var c in trimmed)
        {
            var ch = c == '\n' ? ' ' : c;
            if (ch == ' ' && n > 0 && chars[n - 1] == ' ') continue;
            chars[n++] = ch;
        }
        return new string(chars, 0, n);
    }

    /// <summary>The comparison key of a title: width, dashes and spaces folded, so 《纲要(2021—2025年)》 = 《纲要(2021-2025年)》.</summary>
    public static string Key(string title)
    {
        var folded = KnowledgeGraph.Domain.StableId.Normalize(title);
        var chars = folded.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            chars[k] = chars[k] switch
            {
                '—' or '–' or '―' or '－' or '~' or '〜' or '～' => '-',
                '〈' or '＜' => '<',
                '〉' or '＞' => '>',
                '“' or '”' or '「' or '」' => '"',
                _ => chars[k],
            };
        }
        return new string(chars).Replace("--", "-", StringComparison.Ordinal);
    }
}
