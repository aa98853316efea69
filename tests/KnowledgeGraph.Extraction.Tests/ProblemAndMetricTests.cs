using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class ProblemAndMetricTests
{
    private const string Body = "一、主要工作成效\n全年办理行政复议案件45件,纠错率12.5%,第3批清单近6个月内公布。\n12345热线受理诉求3.2万件。\n"
        + "二、存在的问题和不足\n(一)法治思维有待加强。部分干部运用法治方式解决问题的能力不足。\n(二)执法规范化水平不高。个别执法人员程序意识淡薄。\n"
        + "三、下一步工作打算\n计划培训执法人员200人次,推进《嘉善县行政执法规范(2023—2025年)》落实。";

    [Fact]
    public void Each_item_of_a_problems_section_is_one_problem_and_plans_are_not()
    {
        var facts = Extract.Report(Body);
        Assert.Equal(2, facts.Problems.Count);
        Assert.StartsWith("法治思维有待加强", facts.Problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("能力不足", facts.Problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("执法规范化水平不高", facts.Problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_know_their_section_path_and_kind()
    {
        var facts = Extract.Report(Body);
        var problem = facts.Sentences.First(s => s.Text.Contains("程序意识淡薄", StringComparison.Ordinal));
        Assert.Equal("二、 > (二)", problem.SectionPath);
        Assert.Equal(SectionKind.Problems, problem.Section);
        Assert.Equal(SectionKind.Plans, facts.Sentences.First(s => s.Text.Contains("200人次", StringComparison.Ordinal)).Section);
        Assert.Equal(SectionKind.Achievements, facts.Sentences.First(s => s.Text.Contains("45件", StringComparison.Ordinal)).Section);
    }

    [Fact]
    public void Figures_with_units_and_rates_are_metrics_but_ordinals_durations_hotlines_and_plans_are_not()
    {
        var metrics = Extract.Report(Body).Metrics;
        Assert.Equal(["45件", "12.5%", "3.2万件"], metrics.Select(m => $"{m.Value}{m.Unit}"));
        Assert.All(metrics, m => Assert.Equal(2022, m.Year));
        Assert.Equal("办理行政复议案件", metrics[0].Name);
        Assert.Equal("纠错率", metrics[1].Name);
    }

    [Fact]
    public void Found_and_rectified_counts_make_a_problem_with_its_status()
    {
        var facts = Extract.Achievement("全年开展执法检查12次,发现问题56个,已整改到位50个;排查安全隐患30处。");
        var first = facts.Problems.Single(p => p.Found == 56);
        Assert.Equal(50, first.Rectified);
        Assert.Equal(ProblemStatus.Rectifying, first.Status);
        var second = facts.Problems.Single(p => p.Found == 30);
        Assert.Null(second.Rectified);
        Assert.Equal(ProblemStatus.Open, second.Status);
    }

    [Fact]
    public void Problems_numbered_with_bracketed_digits_are_items_too()
    {
        var facts = Extract.Report("一、主要工作\n完成培训12场。\n二、存在的困难和问题\n(1)基层法治力量薄弱。\n(2)普法针对性不强。\n三、2023年工作思路\n持续推进。");
        Assert.Equal(["基层法治力量薄弱。", "普法针对性不强。"], facts.Problems.Select(p => p.Text));
    }

    [Fact]
    public void Found_and_rectified_together_is_rectified()
    {
        var p = Assert.Single(Extract.Achievement("开展专项督察,发现并整改问题34个。").Problems);
        Assert.Equal(34, p.Found);
        Assert.Equal(34, p.Rectified);
        Assert.Equal(ProblemStatus.Rectified, p.Status);
    }

    [Fact]
    public void An_unheaded_paragraph_that_lists_shortcomings_is_a_problems_section()
    {
        var facts = Extract.Report("一、主要工作\n完成审计43项。\n2022年,我县法治政府建设取得一定成绩,但还存在一些不足,主要有:一是制度建设滞后;二是执法能力不强。\n2023年,我们将持续推进法治政府建设,开展培训20场。");
        Assert.Equal(["制度建设滞后。", "执法能力不强。"], facts.Problems.Select(p => p.Text));
        Assert.DoesNotContain(facts.Metrics, m => m.Value == 20);
    }
    [Fact]
    public void A_count_of_hotline_requests_is_a_metric_but_the_hotline_number_is_not()
    {
        var metrics = Extract.Achievement("依托政务服务便民热线,全年受理群众诉求12397条,群众拨打12345所反映问题均按时办结。").Metrics;
        var m = Assert.Single(metrics);
        Assert.Equal(12397m, m.Value);
        Assert.Equal("条", m.Unit);
        Assert.Equal("受理群众诉求", m.Name);
    }

    [Fact]
    public void A_fujian_style_count_of_12348_hotline_consultations_keeps_its_count()
    {
        var metrics = Extract.Achievement("“12348”公共法律服务热线全年解答法律咨询12311人次。").Metrics;
        Assert.Equal(["12311人次"], metrics.Select(m => $"{m.Value}{m.Unit}"));
    }

    [Fact]
    public void The_signature_block_never_joins_the_last_problem()
    {
        var facts = Extract.Report("一、主要工作成效\n全年办理行政复议案件45件。\n二、存在的问题\n一是法治队伍建设有待加强。\n二是基层法治宣传力度不够。",
            signature: "某某县人民政府\n2023年1月15日");
        Assert.Equal(2, facts.Problems.Count);
        var last = facts.Problems[^1];
        Assert.Equal("基层法治宣传力度不够。", last.Text);
        Assert.Equal("二是基层法治宣传力度不够。", Assert.Single(last.Evidence).Quote);
        Assert.DoesNotContain(facts.Sentences, s => s.Text.Contains("某某县人民政府", StringComparison.Ordinal) || s.Text.Contains("2023年1月15日", StringComparison.Ordinal));
        Assert.Equal("某某县人民政府", facts.Report.Issuer);
        Assert.Equal(new DateOnly(2023, 1, 15), facts.Report.IssuedDate);
    }

    [Fact]
    public void A_sealed_signature_in_chinese_numerals_never_joins_the_last_plan_or_problem()
    {
        var facts = Extract.Report("一、存在的问题\n(一)行政执法监督力度不够。\n(二)法治宣传针对性不强。",
            signature: "中共某某区委员会 某某区人民政府\n二〇二二年十二月三十日");
        Assert.Equal(2, facts.Problems.Count);
        Assert.All(facts.Problems, p => Assert.DoesNotContain("某某区", p.Text, StringComparison.Ordinal));
        Assert.All(facts.Problems, p => Assert.DoesNotContain("二〇二二", p.Evidence[0].Quote, StringComparison.Ordinal));
    }

    [Theory]
    // a name never reaches back into the figure before it, nor keeps its unit
    [InlineData("县政府召开部署会10场次,14个专业委员会召开安全生产推进部署会61次。", 61, "专业委员会召开安全生产推进部署会")]
    [InlineData("初步梳理全县18个行政执法部门执法事项共计3861项。", 3861, "行政执法部门执法事项")]
    // nor keeps the year it follows, or the paragraph's enumeration
    [InlineData("2020年度共受理行政复议案件5件。", 5, "受理行政复议案件")]
    [InlineData("2024年县大数据中心组织初审项目2个。", 2, "县大数据中心组织初审项目")]
    [InlineData("二是筛选培养公职律师8名。", 8, "筛选培养公职律师")]
    // a figure with nothing before it in its clause takes the name of the one before (8场, then 242人)
    [InlineData("组织领导干部任前考法8场242人。", 242, "组织领导干部任前考法")]
    public void A_metric_is_named_by_the_words_of_its_own_figure(string sentence, int value, string name)
    {
        var metric = Extract.Achievement(sentence).Metrics.Single(m => m.Value == value);
        Assert.Equal(name, metric.Name);
    }
}
