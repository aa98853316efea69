using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Metadata;

/// <summary>Signature dates are often written in Chinese numerals: 二〇二三年二月十日 → 2023年2月10日.</summary>
internal static partial class ChineseNumerals
{
    [GeneratedRegex(@"^(?<y>[〇○零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})日$")]
    private static partial Regex ChineseDate();

    public static string DigitsInDate(string line)
    {
        var m = ChineseDate().Match(line);
        if (!m.Success) return line;
        var year = new StringBuilder(4);
        foreach (var c in m.Groups["y"].Value) year.Append(Digit(c));
        return string.Create(CultureInfo.InvariantCulture, $"{year}年{Number(m.Groups["m"].Value)}月{Number(m.Groups["d"].Value)}日");
    }

    /// <summary>一 … 九十九 written the usual way (十, 十二, 二十, 二十三).</summary>
    private static int Number(string s)
    {
        var ten = s.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0) return Digit(s[0]);
        var tens = ten == 0 ? 1 : Digit(s[0]);
        var units = ten == s.Length - 1 ? 0 : Digit(s[^1]);
        return tens * 10 + units;
    }

    private static int Digit(char c) => c switch
    {
        '〇' or '○' or '零' => 0, '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ => 0,
    };
}
