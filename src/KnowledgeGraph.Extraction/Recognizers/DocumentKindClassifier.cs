using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Metadata;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// The kind of a cited document, from its title and issuer: laws (《…法》, 《宪法》, 《民法典》), State Council
/// regulations (…条例 without a place name), central policy (党中央/国务院/中办国办), and provincial, municipal or
/// local documents by the region they are named after or issued by. A title with no place, made by the reporting
/// government itself (制定/印发/出台《…》), is local.
/// </summary>
internal static partial class DocumentKindClassifier
{
    [GeneratedRegex(@"(?<!办|方|做|想|说|手|用|立|司|执|依|守|普|学|宪)法$|法典$|^宪法$|^中华人民共和国")]
    private static partial Regex LawTitle();

    [GeneratedRegex(@"^(19|20)\d{2}\s*年度?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"报告$")]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"^(党中央|中共中央|国务院|中办|国办|中央|全国人大|全国人民代表大会|最高人民)")]
    private static partial Regex CentralIssuer();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,6}?(市|地区|自治州|州|盟)")]
    private static partial Regex CityPrefix();

    [GeneratedRegex(@"^(省委|省政府|省人民政府|省人大|省)")]
    private static partial Regex ProvinceWord();

    [GeneratedRegex(@"^(市委|市政府|市人民政府|市)(?!场|民|级)")]
    private static partial Regex CityWord();

    [GeneratedRegex(@"全县|全区|全市|我县|我区|本县|本区|县委|区委|县政府|区政府|县级|区级")]
    private static partial Regex LocalWord();

    public static DocumentKind Classify(string title, string? issuer, DocNumber? number, bool madeHere, ReportContext context)
    {
        var bare = StripParenthetical(title);
        if (ReportTitle().IsMatch(bare) && (bare.Contains("法治", StringComparison.Ordinal) || bare.Contains("依法行政", StringComparison.Ordinal))) return DocumentKind.Report;
        if (LawTitle().IsMatch(bare) && !bare.StartsWith("关于", StringComparison.Ordinal) && RegionOf(bare, context) is null or DocumentKind.CentralPolicy) return DocumentKind.Law;

        var byIssuer = issuer is null ? null : RegionOf(issuer, context);
        var byTitle = RegionOf(bare, context);
        var region = byIssuer ?? byTitle;
        if (region is null && number is not null && IssuerResolver.FromCode(number.IssuerCode, context) is { } coded) region = RegionOf(coded, context);

        if (bare.EndsWith("条例", StringComparison.Ordinal) && region is null or DocumentKind.CentralPolicy) return DocumentKind.AdministrativeRegulation;
        if (region is DocumentKind r) return r;
        if (madeHere || LocalWord().IsMatch(bare)) return DocumentKind.Local;
        foreach (var alias in context.Aliases)
        {
            if (alias.Length >= 3 && bare.Contains(alias, StringComparison.Ordinal)) return DocumentKind.Local;
        }
        return DocumentKind.Unknown;
    }

    /// <summary>Which level a name (an issuer or the head of a title) belongs to, or null when it names no region.</summary>
    private static DocumentKind? RegionOf(string name, ReportContext context)
    {
        var n = LeadingYear().Replace(name, string.Empty);
        if (n.StartsWith("中共", StringComparison.Ordinal) && !n.StartsWith("中共中央", StringComparison.Ordinal)) n = n[2..];
        if (n.StartsWith("关于", StringComparison.Ordinal)) return null;
        if (CentralIssuer().IsMatch(n)) return DocumentKind.CentralPolicy;
        if (context.AliasPrefix(n) is not null) return DocumentKind.Local;
        if (n.StartsWith(context.LevelWord, StringComparison.Ordinal) && !n.StartsWith(context.LevelWord + "域", StringComparison.Ordinal)) return DocumentKind.Local;
        if (Provinces.Prefix(n) is not null || ProvinceWord().IsMatch(n) || n.StartsWith("自治区", StringComparison.Ordinal)) return DocumentKind.Provincial;
        if (context.ParentCity is { } city && n.StartsWith(city, StringComparison.Ordinal)) return DocumentKind.Municipal;
        if (CityWord().IsMatch(n)) return DocumentKind.Municipal;
        if (CityPrefix().IsMatch(n)) return DocumentKind.Municipal;
        return null;
    }

    private static string StripParenthetical(string title)
    {
        var t = title.Trim();
        while (t.Length > 0 && t[^1] is ')' or '）')
        {
            var open = t.LastIndexOfAny(['(', '（']);
            if (open <= 0) break;
            t = t[..open].TrimEnd();
        }
        return t;
    }
}
