using System.Buffers;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Clean-up without losing positions: drops web-page chrome lines (breadcrumbs, 来源/发布时间/浏览次数, print and
/// share links), folds full-width ASCII to half-width, turns every kind of space into one plain space, and drops
/// carriage returns and zero-width characters. Each kept character remembers where it came from.
/// </summary>
public static partial class TextCleaner
{
    // A breadcrumb line: 当前位置: 首页 > 政务公开 > … (sites word it many ways: 您所在的位置, 当前所在位置, 您现在所在位置 …).
    [GeneratedRegex(@"^\s*(?:您|当前)?(?:现在|当前)?所?在?的?(?:位置|页面)\s*[:：]|^\s*首页\s*[>＞»]", RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    // Page metadata and tool links around an article.
    [GeneratedRegex(@"^\s*(?:[【\[]?\s*(来源|信息来源|文章来源|发布时间|发布日期|发文日期|浏览次数|点击数|阅读次数|访问量|字号|责任编辑)\s*[:：]|[【\[]?(打印本页|关闭窗口|分享到|扫一扫|打印|关闭)[】\]]?\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex PageMetaStart();

    [GeneratedRegex(@"(来源|发布时间|发布日期|浏览次数|点击数|阅读次数|访问量|字号)\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex PageMetaField();

    // A date widget at the top of a page: 今天是:2019年10月31日 星期三 农历十月初七, 2021年3月1日 星期一.
    [GeneratedRegex(@"^\s*(?:今天是\s*[:：]?\s*)?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]", RegexOptions.CultureInvariant)]
    private static partial Regex DateWidget();

    // First characters of 当前位置 您… 所在位置 位置 首页 今天是, 【 [ 来源 信息来源 文章来源 发布… 发文日期 浏览次数 点击数 阅读次数 访问量 字号 责任编辑,
    // 打印… 关闭… 分享到 扫一扫.
    private static readonly SearchValues<char> ChromeFirstChars = SearchValues.Create("当您所位首今【[来信文发浏点阅访字责打关分扫");

    public static NormalizedText Clean(string original) => Clean(original, pooledMaps: false);

    /// <summary>
    /// With <paramref name="pooledMaps"/> the offset maps are rented from the shared pool (a report's maps are
    /// large-object-heap sized); the caller returns them with <see cref="NormalizedText.ReturnMaps"/> when done.
    /// </summary>
    internal static NormalizedText Clean(string original, bool pooledMaps)
    {
        ArgumentNullException.ThrowIfNull(original);
        var chars = ArrayPool<char>.Shared.Rent(original.Length);
        var starts = pooledMaps ? ArrayPool<int>.Shared.Rent(original.Length) : new int[original.Length];
        var ends = pooledMaps ? ArrayPool<int>.Shared.Rent(original.Length) : new int[original.Length];
        var n = 0;

        var lineStart = 0;
        while (lineStart <= original.Length)
        {
            var nl = original.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? original.Length : nl;
            if (!IsChrome(original.AsSpan(lineStart, lineEnd - lineStart)))
            {
                var previousSpace = true; // no leading run of spaces survives twice
                for (var i = lineStart; i < lineEnd; i++)
                {
                    // A run of characters that stay as they are is copied at once, each mapping to itself.
                    var plain = original.AsSpan(i, lineEnd - i).IndexOfAny(Special);
                    if (plain != 0)
                    {
                        var length = plain < 0 ? lineEnd - i : plain;
                        original.AsSpan(i, length).CopyTo(chars.AsSpan(n));
                        var runStarts = starts.AsSpan(n, length);
                        var runEnds = ends.AsSpan(n, length);
                        for (var k = 0; k < runStarts.Length; k++)
                        {
                            runStarts[k] = i + k;
                            runEnds[k] = i + k + 1;
                        }
                        n += length;
                        i += length;
                        previousSpace = false;
                        if (i == lineEnd) break;
                    }
                    var c = Fold(original[i]);
                    if (c == '\0') continue;
                    if (c == ' ')
                    {
                        if (previousSpace) { if (n > 0 && chars[n - 1] == ' ') ends[n - 1] = i + 1; continue; }
                        previousSpace = true;
                    }
                    else
                    {
                        previousSpace = false;
                    }
                    chars[n] = c;
                    starts[n] = i;
                    ends[n] = i + 1;
                    n++;
                }
            }
            if (nl < 0) break;
            chars[n] = '\n';
            starts[n] = nl;
            ends[n] = nl + 1;
            n++;
            lineStart = nl + 1;
        }
        var text = new string(chars, 0, n);
        ArrayPool<char>.Shared.Return(chars);
        // The maps stay at their length (only their first n entries are read): no second copy of them.
        return new NormalizedText(original, text, starts, ends, pooledMaps);
    }

    /// <summary>The characters <see cref="Fold"/> changes or drops, the space (runs collapse) and NUL.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\0 \r\u200B\u200C\u200D\uFEFF\t\u00A0\u3000\u2002\u2003\u2009" + string.Concat(Enumerable.Range(0xFF01, 0xFF5E - 0xFF01 + 1).Select(c => (char)c)));

    /// <summary>One character's canonical form; '\0' means drop it.</summary>
    private static char Fold(char c) => c switch
    {
        '\r' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' => '\0',
        '\t' or '\u00A0' or '\u3000' or '\u2002' or '\u2003' or '\u2009' => ' ',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };

    private static bool IsChrome(ReadOnlySpan<char> line)
    {
        if (line.IsWhiteSpace() || line.Length > 200) return false;
        // Every chrome pattern starts (after spaces) with one of these characters; other lines skip the regexes.
        var first = line.TrimStart()[0];
        if (first is >= '1' and <= '2') return line.Length <= 60 && DateWidget().IsMatch(line);
        if (!ChromeFirstChars.Contains(first)) return false;
        if (Breadcrumb().IsMatch(line) || first == '今' && DateWidget().IsMatch(line)) return true;
        if (!PageMetaStart().IsMatch(line)) return false;
        // "来源:县政府办公室 发布时间:… 浏览次数:1" or a bare tool line; a sentence that merely starts with 来源 has no field label after it.
        var fields = 0;
        foreach (var _ in PageMetaField().EnumerateMatches(line)) fields++;
        return fields >= 2 || line.Length <= 40;
    }
}
