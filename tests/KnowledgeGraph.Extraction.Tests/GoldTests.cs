using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Evaluation;
using KnowledgeGraph.Extraction.Json;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Each real report against its hand-checked gold file, at the targets of issue 3.</summary>
public sealed class GoldTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Reports.All), MemberType = typeof(Reports))]
    public void Report_meets_the_precision_and_recall_targets(string name)
    {
        var evaluation = GoldEvaluator.Evaluate(Reports.Facts(name), Reports.Gold(name), name);
        output.WriteLine(GoldEvaluator.FormatTable([evaluation]));
        foreach (var d in evaluation.Differences) output.WriteLine(d);

        foreach (var score in evaluation.Scores.Where(s => s.FactType != "report"))
            Assert.True(EvaluationTargets.Meets(score), $"{name} {score.FactType}: precision {score.Precision:0.000}, recall {score.Recall:0.000}\n" + string.Join('\n', evaluation.Differences));
    }

    [Theory]
    [MemberData(nameof(Reports.All), MemberType = typeof(Reports))]
    public void Report_metadata_matches_the_gold(string name)
    {
        var evaluation = GoldEvaluator.Evaluate(Reports.Facts(name), Reports.Gold(name), name);
        var report = evaluation["report"];
        Assert.True(report.Matched == report.Gold, string.Join('\n', evaluation.Differences.Where(d => d.StartsWith("report", StringComparison.Ordinal))));
    }

    [Theory]
    [MemberData(nameof(Reports.All), MemberType = typeof(Reports))]
    public void Document_issuers_and_kinds_match_the_gold_where_it_gives_them(string name)
    {
        var facts = Reports.Facts(name);
        foreach (var g in Reports.Gold(name).Documents)
        {
            var doc = facts.Documents.Single(d => StableId.Normalize(d.Title).Replace('—', '-') == StableId.Normalize(g.Title).Replace('—', '-'));
            if (g.Issuer is not null) Assert.Equal(g.Issuer, doc.Issuer);
            if (g.Kind is not null) Assert.Equal(g.Kind, doc.Kind.Name());
        }
    }

    [Fact]
    public void All_five_reports_together_meet_the_targets_and_print_a_table()
    {
        var evaluations = Reports.Names.Select(n => GoldEvaluator.Evaluate(Reports.Facts(n), Reports.Gold(n), n)).ToList();
        var table = GoldEvaluator.FormatTable(evaluations);
        output.WriteLine(table);
        Assert.Contains("ALL", table, StringComparison.Ordinal);
        foreach (var type in EvaluationTargets.ByFactType.Keys)
        {
            var total = evaluations.Select(e => e[type]).Aggregate((a, b) => a + b);
            Assert.True(EvaluationTargets.Meets(total), $"{type}: {total}");
        }
    }
}
