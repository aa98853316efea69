using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction.Json;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Properties that hold for any input: evidence quotes the original text exactly, and extraction is deterministic.</summary>
public sealed class PropertyTests
{
    // Lines of the real reports mixed with noise the web adds: chrome lines, full-width forms, odd spaces, CRLF.
    private static readonly string[] Noise =
    [
        "当前位置: 首页 > 政务公开 > 文件库", "来源:县政府办公室 发布时间:2022-03-25 11:19 浏览次数:1", "\u3000\u3000", "  ", "\r\n", "\n",
        "（一）", "１２３件", "《", "》", "〔2021〕", "[2024]", "第3批", "\u200B", "\t", "12?4", "。", ";一是", ":二是", "5月18日", "将", "下放", "牵头",
    ];

    private static readonly Lazy<string[]> Fragments = new(() =>
        Reports.Names.SelectMany(n => Reports.Text(n).Split('\n')).Where(l => l.Length > 0)
            .SelectMany(l => new[] { l, l[..(l.Length / 2)], l[(l.Length / 3)..] }).Concat(Noise).ToArray());

    private static Arbitrary<string> RandomReports() =>
        Gen.Elements(Fragments.Value).ListOf().Select(parts => "报告" + string.Concat(parts)).ToArbitrary();

    [Fact]
    public void Every_evidence_quote_equals_the_original_text_at_its_span()
    {
        Prop.ForAll(RandomReports(), text =>
        {
            var facts = ReportExtractor.Default.Extract(text);
            return AllEvidence(facts).All(e => e.Start >= 0 && e.End <= text.Length && e.Start < e.End && text[e.Start..e.End] == e.Quote)
                && facts.Sentences.All(s => text[s.Start..s.End] == s.Text);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        Prop.ForAll(RandomReports(), text =>
            FactsJson.Serialize(ReportExtractor.Default.Extract(text)) == FactsJson.Serialize(ReportExtractor.Default.Extract(text)))
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [MemberData(nameof(Reports.All), MemberType = typeof(Reports))]
    public void Every_evidence_of_a_real_report_quotes_it_exactly(string name)
    {
        var facts = Reports.Facts(name);
        var evidence = AllEvidence(facts).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(facts.OriginalText[e.Start..e.End], e.Quote));
    }

    [Fact]
    public void The_reports_extract_the_same_in_parallel_as_one_by_one()
    {
        var sequential = Reports.Names.Select(n => FactsJson.Serialize(ReportExtractor.Default.Extract(Reports.Text(n)))).ToList();
        var parallel = new string[Reports.Names.Length * 4];
        Parallel.For(0, parallel.Length, i => parallel[i] = FactsJson.Serialize(ReportExtractor.Default.Extract(Reports.Text(Reports.Names[i % Reports.Names.Length]))));
        for (var i = 0; i < parallel.Length; i++) Assert.Equal(sequential[i % Reports.Names.Length], parallel[i]);
    }

    private static IEnumerable<Evidence> AllEvidence(ReportFacts f) =>
        f.Documents.SelectMany(x => x.Evidence).Concat(f.Agencies.SelectMany(x => x.Evidence)).Concat(f.Townships.SelectMany(x => x.Evidence))
            .Concat(f.Delegations.SelectMany(x => x.Evidence)).Concat(f.Responsibilities.SelectMany(x => x.Evidence))
            .Concat(f.Problems.SelectMany(x => x.Evidence)).Concat(f.Metrics.SelectMany(x => x.Evidence));
}
