using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Domain;

/// <summary>
/// A document number (文号) such as 高政办发〔2020〕65号: issuer code 高政办发, year 2020, serial 65.
/// Any bracket style the reports use (〔〕 [] 【】 () （） ［］ 〈〉) parses; the canonical form uses 〔〕.
/// </summary>
public sealed partial record DocNumber(string IssuerCode, int Year, string Serial)
{
    [GeneratedRegex(@"^\s*(?<code>[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,20}?)\s*[〔\[【(（［〈<](?<year>(19|20)\d{2})[〕\]】)）］〉>]\s*(?<serial>[0-9]{1,5}(-[0-9]{1,4})?|[零一二三四五六七八九十百]{1,6})\s*号?\s*$")]
    private static partial Regex Pattern();

    public override string ToString() => $"{IssuerCode}〔{Year.ToString(CultureInfo.InvariantCulture)}〕{Serial}号";

    public static bool TryParse(string? text, out DocNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = Pattern().Match(text);
        if (!m.Success) return false;
        number = new DocNumber(m.Groups["code"].Value, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), m.Groups["serial"].Value);
        return true;
    }

    public static DocNumber Parse(string text) =>
        TryParse(text, out var n) ? n! : throw new FormatException($"'{text}' is not a document number such as 高政办发〔2020〕65号.");
}
