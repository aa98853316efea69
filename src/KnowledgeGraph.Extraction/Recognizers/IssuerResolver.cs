using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Metadata;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Who issued a document: stated before the title (中共中央办公厅国务院办公厅《…》, 省委省政府印发的《…》), named at
/// the head of the title (《河北省人民政府办公厅关于…》), or read from the number's issuer code the way Chinese
/// 文号 are built — region abbreviation + organ + kind: 高政办发 = 高邑县人民政府办公室, 冀政办字 = 河北省人民政府办公厅,
/// 阿行办发 = 阿勒泰地区行政公署办公室. A code the report itself explains (an issuer stated next to a number) wins.
/// </summary>
internal static partial class IssuerResolver
{
    // An organ name ends like this (or in 委 after anything but 工).
    private static readonly string[] OrganEnds =
        ["办公厅", "办公室", "国务院", "党中央", "中共中央", "人民政府", "政府", "行政公署", "委员会", "管委会", "党工委", "工委", "党委", "领导小组", "省委", "局", "厅", "部", "院", "署", "办", "中心", "司法局", "高新区", "开发区"];

    /// <summary>
    /// Whether the name ends like an organ: what the regex (办公厅|…|[^工]委|…|开发区)$ matched, without trying
    /// it at every position of the name.
    /// </summary>
    internal static bool EndsInOrgan(string name)
    {
        // $ also matches before a final line feed.
        var n = name.EndsWith('\n') ? name.AsSpan(0, name.Length - 1) : name.AsSpan();
        if (n.Length >= 2 && n[^1] == '委' && n[^2] != '工') return true;
        foreach (var end in OrganEnds)
        {
            if (n.EndsWith(end, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // 《河北省人民政府办公厅关于印发…》: the head of a title before 关于 names the issuer.
    [GeneratedRegex(@"^(?<issuer>[^《》<>]{2,30}?)关于")]
    private static partial Regex TitleHead();

    private static readonly string[] LeadingVerbs =
        ["认真贯彻落实", "贯彻落实", "认真贯彻", "认真落实", "认真执行", "严格执行", "按照", "根据", "依据", "依照", "贯彻", "落实", "执行", "遵照", "对照", "学习", "结合", "以", "将", "和", "及", "与", "由", "是"];

    // The verbs a stated issuer follows (我县以落实党中央 → 党中央); one-character ones only at the start.
    private static readonly LastWord LeadingVerbWords = new(LeadingVerbs.Where(v => v.Length >= 2));

    private static readonly string[] TrailingVerbs = ["印发的", "下发的", "出台的", "制定的", "发布的", "颁布的", "制发的", "联合印发的", "印发", "下发", "发布", "颁布", "的"];

    /// <summary>An issuer stated right before 《 in the same clause, or null.</summary>
    public static string? Stated(string s, int sentenceStart, int titleStart)
    {
        var from = titleStart;
        while (from > sentenceStart && IsIssuerChar(s[from - 1])) from--;
        if (from == titleStart) return null;
        var run = s[from..titleStart];
        foreach (var v in TrailingVerbs)
        {
            if (run.EndsWith(v, StringComparison.Ordinal)) { run = run[..^v.Length]; break; }
        }
        // Keep only what follows the last verb: 我县以落实党中央、国务院 → 党中央、国务院.
        run = run[LeadingVerbWords.LastEnd(run, minRemaining: 1)..];
        foreach (var v in LeadingVerbs)
        {
            if (run.StartsWith(v, StringComparison.Ordinal) && run.Length > v.Length) run = run[v.Length..];
        }
        run = run.Trim('、');
        return run.Length >= 2 && EndsInOrgan(run) ? run : null;
    }

    /// <summary>The issuer a title names at its head (…关于…), or null.</summary>
    public static string? FromTitle(string title)
    {
        var m = TitleHead().Match(title);
        if (!m.Success) return null;
        var issuer = m.Groups["issuer"].Value;
        return EndsInOrgan(issuer) || issuer.EndsWith('区') || issuer.EndsWith('县') ? issuer : null;
    }

    /// <summary>Reads an issuer code by the usual 文号 convention; null when the code does not follow it.</summary>
    public static string? FromCode(string code, ReportContext context)
    {
        if (code.Length < 2) return null;
        var body = code.TrimEnd('发', '函', '字', '呈', '文', '令', '报', '复', '电', '通');
        if (body.Length < 2) return null;
        var regionChar = body[0];
        var organ = body[1..];
        string? region = null;
        var provincial = false;
        // A county abbreviates itself by one character of its name: 高邑 → 高, 嘉善 → 善.
        if (context.Jurisdiction.Length > 1 && context.Jurisdiction.AsSpan(0, context.Jurisdiction.Length - 1).Contains(regionChar)) region = context.Jurisdiction;
        else if (context.ParentCity is { Length: > 0 } city && city[0] == regionChar) region = city;
        else if (Provinces.ByAbbreviation(regionChar) is { } province) { region = province; provincial = true; }
        if (region is null) return null;
        var prefecture = region.EndsWith("地区", StringComparison.Ordinal);
        return organ switch
        {
            "政办" => region + (provincial ? "人民政府办公厅" : "人民政府办公室"),
            "政" => region + "人民政府",
            "办" => "中共" + region + (provincial ? "委办公厅" : "委办公室"),
            "行办" when prefecture => region + "行政公署办公室",
            "署办" when prefecture => region + "行政公署办公室",
            "行" or "署" when prefecture => region + "行政公署",
            _ => null,
        };
    }

    private static bool IsIssuerChar(char c) => c == '、' || Structure.SectionParser.IsHan(c);
}
