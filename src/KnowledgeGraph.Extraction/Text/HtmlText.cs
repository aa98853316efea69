using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Reports are often saved straight from a web page. An HTML document is reduced to its visible text (scripts,
/// styles and tags dropped, block tags become line breaks, entities decoded); that text is then the report's
/// original text, so evidence offsets refer to it.
/// </summary>
public static partial class HtmlText
{
    [GeneratedRegex(@"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|div|p)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/tr|/h[1-6]|/title|p|div|li|tr|h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t\u00A0]*\n[ \t\u00A0\n]*")]
    private static partial Regex BlankLines();

    public static bool LooksLikeHtml(string text) => HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 2048)));

    public static string ToPlainText(string html)
    {
        var text = Invisible().Replace(html, string.Empty);
        text = BlockTag().Replace(text, "\n");
        text = AnyTag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        text = BlankLines().Replace(text, "\n");
        return text.Trim().Normalize(NormalizationForm.FormC);
    }
}
