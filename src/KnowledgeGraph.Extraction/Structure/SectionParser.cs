using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Structure;

/// <summary>
/// Splits the cleaned text into sentences and gives each its section path: 一、 > (一) > 1. > 一是. Headings in
/// these reports usually share a line with their first sentence ("(一)深入推进…。按照…"), so a heading is the
/// marker at a line start and the section's kind comes from the text up to the first full stop.
/// </summary>
internal static class SectionParser
{
    public static List<TextSentence> Parse(NormalizedText text, int? reportYear)
    {
        var s = text.Text;
        var sentences = new List<TextSentence>(s.Length / 40 + 4);
        string? l1 = null, l2 = null, l3 = null;
        var kind = SectionKind.Other;
        var itemId = -1;
        var nextItem = 0;
        var lineId = 0;
        (string? L1, string? L2, string? L3, string? L4, string Path) pathOf = (null, null, null, null, string.Empty);

        var pos = 0;
        var bodyEnd = SignatureBlock.StartOf(s);
        while (pos < bodyEnd)
        {
            var nl = s.IndexOf('\n', pos, bodyEnd - pos);
            var lineEnd = nl < 0 ? bodyEnd : nl;
            var (ls, le) = Trim(s, pos, lineEnd);
            pos = lineEnd + 1;
            if (ls >= le) continue;
            lineId++;
            var line = s.AsSpan(ls, le - ls);

            int marker;
            if ((marker = SectionMarker.Level1(s, ls, le)) > 0)
            {
                l1 = s.Substring(ls, marker); l2 = null; l3 = null;
                kind = SectionKindClassifier.ClassifyHeading(HeadingText(line));
                itemId = -1;
            }
            else if ((marker = SectionMarker.Level2(s, ls, le)) > 0)
            {
                l2 = s.Substring(ls, marker); l3 = null;
                if (kind == SectionKind.Other) kind = SectionKindClassifier.ClassifyHeading(HeadingText(line));
                itemId = nextItem++;
            }
            else if ((marker = SectionMarker.Level3(s, ls, le)) > 0)
            {
                l3 = s.Substring(ls, marker);
                itemId = nextItem++;
            }
            else
            {
                // A plain paragraph carries on its section unless it turns to problems or plans on its own.
                var turned = SectionKindClassifier.ClassifyParagraph(line.Length > 400 ? line[..400].ToString() : line.ToString(), reportYear);
                if (turned is SectionKind k && k != kind)
                {
                    kind = k;
                    l1 = k == SectionKind.Problems ? "存在的问题" : "下一步计划";
                    l2 = null; l3 = null;
                    itemId = -1;
                }
            }

            string? l4 = null;
            foreach (var (ss, se) in SplitSentences(s, ls, le))
            {
                var l4Length = SectionMarker.Level4(s, ss, se);
                if (l4Length > 0)
                {
                    l4 = s.Substring(ss, l4Length);
                    itemId = nextItem++;
                }
                // Consecutive sentences of one item share their path string.
                if (!ReferenceEquals(l1, pathOf.L1) || !ReferenceEquals(l2, pathOf.L2) || !ReferenceEquals(l3, pathOf.L3) || !ReferenceEquals(l4, pathOf.L4))
                    pathOf = (l1, l2, l3, l4, Path(l1, l2, l3, l4));
                var path = pathOf.Path;
                sentences.Add(new TextSentence(sentences.Count, ss, se, s[ss..se], path, kind, itemId, lineId));
            }
        }
        return sentences;
    }

    private static string Path(string? l1, string? l2, string? l3, string? l4)
    {
        var parts = new List<string>(4);
        if (l1 is not null) parts.Add(l1);
        if (l2 is not null) parts.Add(l2);
        if (l3 is not null) parts.Add(l3);
        if (l4 is not null) parts.Add(l4);
        return string.Join(" > ", parts);
    }

    private static string HeadingText(ReadOnlySpan<char> line)
    {
        var stop = line.IndexOfAny('。', ';');
        return (stop < 0 ? line : line[..stop]).ToString();
    }

    private static (int, int) Trim(string s, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return (start, end);
    }

    /// <summary>
    /// Sentence ends: 。 ! ? ; — plus a full stop typed as '.' between two Chinese characters, and a colon that
    /// opens an enumeration (…问题:一是…). Closing quotes and brackets stay with the sentence they close.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> SplitSentences(string s, int start, int end)
    {
        var from = start;
        for (var i = start; i < end; i++)
        {
            var c = s[i];
            var stop = c switch
            {
                '。' or '!' => true,
                // A semicolon ends a sentence only where the next item of an enumeration starts (…;二是…).
                ';' => i + 1 < end && SectionMarker.Level4(s, i + 1, end) > 0,
                '?' => !(i > start && char.IsAsciiDigit(s[i - 1]) && i + 1 < end && char.IsAsciiDigit(s[i + 1])),
                '.' => i > start && i + 1 < end && IsHan(s[i - 1]) && IsHan(s[i + 1]),
                ':' => i + 1 < end && SectionMarker.Level4(s, i + 1, end) > 0,
                _ => false,
            };
            if (!stop) continue;
            var stopAt = i + 1;
            while (stopAt < end && s[stopAt] is '”' or '’' or '」' or '』' or '"') stopAt++;
            var (ts, te) = Trim(s, from, stopAt);
            if (te > ts) yield return (ts, te);
            from = stopAt;
            i = stopAt - 1;
        }
        var (rs, re) = Trim(s, from, end);
        if (re > rs) yield return (rs, re);
    }

    internal static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
