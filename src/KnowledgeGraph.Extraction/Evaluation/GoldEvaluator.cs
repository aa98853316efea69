using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction.Json;
using KnowledgeGraph.Extraction.Recognizers;

namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>
/// Compares extractor output with a gold file: precision and recall per fact type (documents, delegations,
/// responsibilities, problems, metrics, and the report's own fields), with one-to-one matching.
/// </summary>
public static class GoldEvaluator
{
    public static GoldEvaluation Evaluate(ReportFacts facts, GoldReport gold, string? reportName = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(gold);
        var differences = new List<string>();
        var scores = new List<FactTypeScore>
        {
            Report(facts.Report, gold.Report, differences),
            Match("documents", gold.Documents, facts.Documents, (g, x) => Key(g.Title) == Key(x.Title) && g.Number == x.Number?.ToString(),
                g => $"{g.Title} {g.Number}", x => $"{x.Title} {x.Number}", differences),
            Match("delegations", gold.Delegations, facts.Delegations, DelegationMatches,
                g => $"{g.Mode} {g.ItemCount} {g.Anchor}", x => $"{x.Mode.Label()} {x.ItemCount} {x.Matters}", differences),
            Match("responsibilities", gold.Responsibilities, facts.Responsibilities, (g, x) => g.Holder == x.Holder && g.Role == x.Role.Label(),
                g => $"{g.Holder} {g.Role}", x => $"{x.Holder} {x.Role.Label()}", differences),
            Match("problems", gold.Problems, facts.Problems, ProblemMatches,
                g => $"{g.Anchor} {g.Found}/{g.Rectified}", x => $"{Short(x.Text)} {x.Found}/{x.Rectified}", differences),
            Match("metrics", gold.Metrics, facts.Metrics, (g, x) => g.Value == x.Value && g.Unit == x.Unit,
                g => $"{g.Value.ToString(CultureInfo.InvariantCulture)}{g.Unit}", x => $"{x.Value.ToString(CultureInfo.InvariantCulture)}{x.Unit} ({x.Name})", differences),
        };
        return new GoldEvaluation(reportName ?? facts.SourceName ?? facts.Report.Jurisdiction, scores, differences);
    }

    /// <summary>A fixed-width table: one row per report and fact type, then the totals and whether each meets its target.</summary>
    public static string FormatTable(IEnumerable<GoldEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var list = evaluations.ToList();
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"report",-34} {"fact type",-17} {"gold",5} {"found",6} {"match",6} {"precision",9} {"recall",7}");
        foreach (var e in list)
        {
            foreach (var s in e.Scores) Row(sb, e.Report, s, mark: false);
        }
        if (list.Count > 1)
        {
            foreach (var type in list[0].Scores.Select(s => s.FactType))
            {
                var total = list.Select(e => e[type]).Aggregate((a, b) => a + b);
                Row(sb, "ALL", total, mark: true);
            }
        }
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string report, FactTypeScore s, bool mark)
    {
        var verdict = mark && EvaluationTargets.ByFactType.ContainsKey(s.FactType) ? (EvaluationTargets.Meets(s) ? "  ok" : "  BELOW TARGET") : string.Empty;
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Truncate(report, 34),-34} {s.FactType,-17} {s.Gold,5} {s.Extracted,6} {s.Matched,6} {s.Precision,9:0.000} {s.Recall,7:0.000}{verdict}");
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..n];

    private static string Short(string s) => s.Length <= 30 ? s : s[..30] + "…";

    private static string Key(string title) => TitleScanner.Key(title);

    private static string Fold(string s) => StableId.Normalize(s);

    private static bool DelegationMatches(GoldDelegation g, DelegationFact x) =>
        g.Mode == x.Mode.Label()
        && g.ItemCount == x.ItemCount
        && g.Date == x.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        && (g.AuthorizedBy is null ? x.AuthorizedBy is null : x.AuthorizedBy is not null && Key(g.AuthorizedBy) == Key(x.AuthorizedBy))
        && x.Evidence.Any(e => Fold(e.Quote).Contains(Fold(g.Anchor), StringComparison.Ordinal));

    private static bool ProblemMatches(GoldProblem g, ProblemFact x) =>
        Fold(x.Text).Contains(Fold(g.Anchor), StringComparison.Ordinal)
        && (g.Found is null || g.Found == x.Found)
        && (g.Rectified is null || g.Rectified == x.Rectified);

    /// <summary>Greedy one-to-one matching in text order; unmatched entries on either side are reported.</summary>
    private static FactTypeScore Match<TGold, TFact>(string type, IReadOnlyList<TGold> gold, IReadOnlyList<TFact> extracted,
        Func<TGold, TFact, bool> matches, Func<TGold, string> showGold, Func<TFact, string> showFact, List<string> differences)
    {
        var used = new bool[extracted.Count];
        var matched = 0;
        foreach (var g in gold)
        {
            var hit = -1;
            for (var i = 0; i < extracted.Count; i++)
            {
                if (!used[i] && matches(g, extracted[i])) { hit = i; break; }
            }
            if (hit < 0) { differences.Add($"{type}: missing {showGold(g)}"); continue; }
            used[hit] = true;
            matched++;
        }
        for (var i = 0; i < extracted.Count; i++)
        {
            if (!used[i]) differences.Add($"{type}: extra {showFact(extracted[i])}");
        }
        return new FactTypeScore(type, gold.Count, extracted.Count, matched);
    }

    private static FactTypeScore Report(ReportMeta meta, GoldMeta? gold, List<string> differences)
    {
        if (gold is null) return new FactTypeScore("report", 0, 0, 0);
        var fields = new (string Name, string? Expected, string? Actual)[]
        {
            ("jurisdiction", gold.Jurisdiction, meta.Jurisdiction),
            ("level", gold.Level, meta.Level.Name()),
            ("parentCity", gold.ParentCity, meta.ParentCity),
            ("province", gold.Province, meta.Province),
            ("year", gold.Year?.ToString(CultureInfo.InvariantCulture), meta.Year.ToString(CultureInfo.InvariantCulture)),
            ("issuer", gold.Issuer, meta.Issuer),
            ("issuedDate", gold.IssuedDate, meta.IssuedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
        var right = 0;
        foreach (var (name, expected, actual) in fields)
        {
            if (expected == actual) right++;
            else differences.Add($"report: {name} expected '{expected}' got '{actual}'");
        }
        return new FactTypeScore("report", fields.Length, fields.Length, right);
    }
}
