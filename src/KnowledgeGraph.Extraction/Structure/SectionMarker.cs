namespace KnowledgeGraph.Extraction.Structure;

/// <summary>
/// The enumeration markers that open a section or an item, read at the start of [start, end): 一、 (level 1),
/// (一) 〔一〕 [一] (level 2), 1、 1. (1) (level 3), 一是 首先 其次 再次 最后 (level 4). Each returns the marker's
/// length, 0 when there is none. Plain scans in place of anchored regexes: they run on every line and sentence.
/// </summary>
internal static class SectionMarker
{
    private const int MaxNumerals = 3;

    private static readonly string[] Sequence = ["首先", "其次", "再次", "最后"];

    /// <summary>一、 or 一. — one to three Chinese numerals and 、 or '.'.</summary>
    public static int Level1(string s, int start, int end)
    {
        var n = NumeralRun(s, start, end);
        return n is >= 1 and <= MaxNumerals && start + n < end && s[start + n] is '、' or '.' ? n + 1 : 0;
    }

    /// <summary>(一) 〔一〕 [一] — numerals in brackets (any of the three closing brackets closes any opening one).</summary>
    public static int Level2(string s, int start, int end)
    {
        if (start >= end || s[start] is not ('(' or '〔' or '[')) return 0;
        var n = NumeralRun(s, start + 1, end);
        var close = start + 1 + n;
        return n is >= 1 and <= MaxNumerals && close < end && s[close] is ')' or '〕' or ']' ? n + 2 : 0;
    }

    /// <summary>1、 or 1. (not a decimal such as 1.5) or (1) — one or two digits.</summary>
    public static int Level3(string s, int start, int end)
    {
        var n = DigitRun(s, start, end);
        if (n is >= 1 and <= 2 && start + n < end)
        {
            var next = s[start + n];
            if (next == '、') return n + 1;
            if (next == '.' && !(start + n + 1 < end && char.IsDigit(s[start + n + 1]))) return n + 1;
        }
        if (start < end && s[start] == '(')
        {
            var d = DigitRun(s, start + 1, end);
            if (d is >= 1 and <= 2 && start + 1 + d < end && s[start + 1 + d] == ')') return d + 2;
        }
        return 0;
    }

    /// <summary>一是 … 三是 (one to three numerals and 是), 首先, 其次, 再次, 最后.</summary>
    public static int Level4(string s, int start, int end)
    {
        var n = NumeralRun(s, start, end);
        if (n is >= 1 and <= MaxNumerals && start + n < end && s[start + n] == '是') return n + 1;
        var rest = s.AsSpan(start, end - start);
        foreach (var word in Sequence)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal)) return word.Length;
        }
        return 0;
    }

    private static int NumeralRun(string s, int start, int end)
    {
        var at = start;
        while (at < end && s[at] is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十') at++;
        return at - start;
    }

    /// <summary>Decimal digits of any script, as the regex \d matched them.</summary>
    private static int DigitRun(string s, int start, int end)
    {
        var at = start;
        while (at < end && char.IsDigit(s[at])) at++;
        return at - start;
    }
}
