using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Seed.Generation;

namespace KnowledgeGraph.Seed.Tests;

public sealed class SyntheticCorpusTests
{
    private static readonly SyntheticCorpusOptions Small = new() { Counties = 12, Years = 2, FirstYear = 2021, Seed = 20240601 };

    [Fact]
    public async Task The_same_seed_composes_the_same_reports_and_another_seed_does_not()
    {
        var first = await ToListAsync(new SyntheticCorpus(Small));
        var second = await ToListAsync(new SyntheticCorpus(Small));
        var other = await ToListAsync(new SyntheticCorpus(Small with { Seed = Small.Seed + 1 }));

        Assert.Equal(24, first.Count);
        Assert.Equal(first.Select(r => r.OriginalText), second.Select(r => r.OriginalText));
        Assert.Equal(first.Select(Fingerprint), second.Select(Fingerprint));
        Assert.NotEqual(first.Select(r => r.OriginalText), other.Select(r => r.OriginalText));
    }

    [Fact]
    public async Task Reports_streamed_in_parallel_are_the_reports_composed_one_by_one()
    {
        var corpus = new SyntheticCorpus(Small);
        var streamed = await ToListAsync(corpus);
        for (var i = 0; i < corpus.ReportCount; i++) Assert.Equal(corpus.Compose(i).OriginalText, streamed[i].OriginalText);
    }

    [Fact]
    public async Task Every_fact_quotes_the_text_exactly_where_its_evidence_points()
    {
        await foreach (var report in new SyntheticCorpus(Small).ReportsAsync())
        {
            var evidence = report.Documents.SelectMany(d => d.Evidence)
                .Concat(report.Agencies.SelectMany(a => a.Evidence))
                .Concat(report.Townships.SelectMany(t => t.Evidence))
                .Concat(report.Delegations.SelectMany(d => d.Evidence))
                .Concat(report.Responsibilities.SelectMany(r => r.Evidence))
                .Concat(report.Problems.SelectMany(p => p.Evidence))
                .Concat(report.Metrics.SelectMany(m => m.Evidence))
                .ToList();
            Assert.NotEmpty(evidence);
            foreach (var e in evidence) Assert.Equal(e.Quote, report.OriginalText[e.Start..e.End]);
            foreach (var s in report.Sentences) Assert.Equal(s.Text, report.OriginalText[s.Start..s.End]);
        }
    }

    [Fact]
    public async Task A_report_reads_like_the_genre_with_its_facts_in_the_text()
    {
        var report = (await ToListAsync(new SyntheticCorpus(Small)))[0];
        var meta = report.Report;
        var text = report.OriginalText;

        Assert.StartsWith($"{meta.Jurisdiction}人民政府关于{meta.Year}年度法治政府建设工作情况的报告", text, StringComparison.Ordinal);
        Assert.Contains("二、存在的问题", text, StringComparison.Ordinal);
        Assert.Contains("三、下一步工作计划", text, StringComparison.Ordinal);
        Assert.EndsWith($"{meta.IssuedDate!.Value.Year}年{meta.IssuedDate.Value.Month}月{meta.IssuedDate.Value.Day}日\n", text, StringComparison.Ordinal);
        Assert.Equal(meta.Year + 1, meta.IssuedDate.Value.Year);
        Assert.InRange(report.Delegations.Count, 2, 5);
        Assert.NotEmpty(report.Responsibilities);
        Assert.NotEmpty(report.Metrics);
        Assert.Contains(report.Problems, p => report.Sentences.Any(s => s.Section == SectionKind.Problems && s.Text.Contains(p.Text, StringComparison.Ordinal)));
        foreach (var delegation in report.Delegations)
        {
            Assert.Contains(delegation.Mode.Label(), delegation.Evidence[0].Quote, StringComparison.Ordinal);
            Assert.Contains($"{delegation.ItemCount}项", delegation.Evidence[0].Quote, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Document_numbers_start_with_the_county_abbreviation_and_never_repeat_in_a_report()
    {
        await foreach (var report in new SyntheticCorpus(Small).ReportsAsync())
        {
            var numbered = report.Documents.Where(d => d.Number is not null).ToList();
            Assert.NotEmpty(numbered);
            foreach (var document in numbered)
            {
                var written = document.Number!.ToString();
                Assert.Equal(document.Number, DocNumber.Parse(written));
                Assert.StartsWith(report.Report.Jurisdiction[..1], written, StringComparison.Ordinal);
                Assert.Equal(report.Report.Year, document.Number.Year);
                Assert.Contains($"《{document.Title}》({written})", report.OriginalText, StringComparison.Ordinal);
            }
            Assert.Equal(numbered.Count, numbered.Select(d => d.Number!.ToString()).Distinct(StringComparer.Ordinal).Count());
            Assert.All(report.Documents.SelectMany(d => d.BasedOn), basis => Assert.Contains(report.Documents, d => d.Title == basis));
        }
    }

    [Fact]
    public void The_national_preset_has_the_size_of_China()
    {
        var corpus = new SyntheticCorpus(SyntheticCorpusOptions.National(seed: 7));
        var counties = corpus.Atlas.Counties;

        Assert.Equal(2850, counties.Count);
        Assert.Equal(2850 * 5, corpus.ReportCount);
        Assert.InRange(corpus.Atlas.TownshipCount, 36_000, 40_000);
        Assert.Equal(counties.Count, counties.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(31, counties.Select(c => c.Province).Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(counties.Count(c => c.Province == "河北省"), 166, 168); // 167 county-level units in reality
        Assert.All(counties, c => Assert.Equal(c.Townships.Count, c.Townships.Distinct(StringComparer.Ordinal).Count()));
        Assert.All(counties, c => Assert.NotEqual(RegionLevel.Unknown, c.Level));
        Assert.All(counties.SelectMany(c => c.Townships), t => Assert.Matches("(镇|乡|街道)$", t));
        Assert.Contains(counties, c => c.Level == RegionLevel.County && c.Name.EndsWith('县'));
        Assert.Contains(counties, c => c.Level == RegionLevel.District);
        Assert.Contains(counties, c => c.Level == RegionLevel.CountyLevelCity);
        Assert.All(counties.Where(c => c.Province is "北京市" or "上海市"), c => Assert.Null(c.City));
    }

    private static async Task<List<ReportFacts>> ToListAsync(SyntheticCorpus corpus)
    {
        var reports = new List<ReportFacts>();
        await foreach (var report in corpus.ReportsAsync()) reports.Add(report);
        return reports;
    }

    /// <summary>Facts compared by value: records hold lists, whose equality is by reference, so compare a rendering.</summary>
    private static string Fingerprint(ReportFacts facts) => string.Join('|',
        facts.Documents.Select(d => $"{d.Title}/{d.Number}/{d.Kind}/{string.Join(',', d.BasedOn)}")
            .Concat(facts.Delegations.Select(d => $"{d.Mode}/{d.From}/{string.Join(',', d.To)}/{d.ItemCount}/{d.Date}/{d.AuthorizedBy}"))
            .Concat(facts.Metrics.Select(m => $"{m.Name}/{m.Value}/{m.Unit}"))
            .Concat(facts.Problems.Select(p => $"{p.Text}/{p.Found}/{p.Rectified}"))
            .Concat(facts.Responsibilities.Select(r => $"{r.Holder}/{r.Role}/{r.Task}")));
}
