using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Structure;

/// <summary>Which part of the report a heading or an unheaded paragraph opens: achievements, problems or plans.</summary>
internal static partial class SectionKindClassifier
{
    [GeneratedRegex(@"存在的?(主要)?(问题|不足|困难)|问题(和|与|及)不足|不足(之处|和|与)|差距|短板|薄弱环节|困难和问题|主要问题")]
    private static partial Regex ProblemHeading();

    [GeneratedRegex(@"下一步|下步|下阶段|今后|工作计划|工作打算|工作思路|工作安排|工作谋划|工作重点|努力方向|工作设想|(计划|打算|安排|思路|目标)$")]
    private static partial Regex PlanHeading();

    // "…还存在一些差距和不足,主要有:" — a paragraph that introduces a list of shortcomings without a heading.
    [GeneratedRegex(@"(存在|仍有|还有|也有|仍然存在)[^。;]{0,24}(问题|不足|差距|短板|薄弱)[^。;]{0,16}[:]")]
    private static partial Regex ProblemLeadIn();

    // "2021年,我们将…" / "下一步,…" — a paragraph that turns to next year's plans without a heading.
    [GeneratedRegex(@"^(下一步|下步|下阶段|今后|新的一年)|^(?<year>(19|20)\d{2})年[,,]?[^。]{0,40}?将")]
    private static partial Regex PlanLeadIn();

    public static SectionKind ClassifyHeading(string heading)
    {
        if (ProblemHeading().IsMatch(heading)) return SectionKind.Problems;
        if (PlanHeading().IsMatch(heading)) return SectionKind.Plans;
        return SectionKind.Achievements;
    }

    /// <summary>The kind an unheaded paragraph switches to, or null when it carries on its section.</summary>
    public static SectionKind? ClassifyParagraph(string paragraph, int? reportYear)
    {
        var plan = PlanLeadIn().Match(paragraph);
        if (plan.Success)
        {
            var year = plan.Groups["year"];
            if (!year.Success) return SectionKind.Plans;
            if (reportYear is int y && int.Parse(year.ValueSpan, CultureInfo.InvariantCulture) > y) return SectionKind.Plans;
        }
        if (ProblemLeadIn().IsMatch(paragraph)) return SectionKind.Problems;
        return null;
    }
}
