using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// Rules for the genre as other governments write it (HeldOut/FINDINGS.md causes 1–6), each on sentences written
/// for the test in the style of county, district and zone reports, none of them taken from the held-out texts.
/// </summary>
public sealed class GenreRuleTests
{
    [Theory]
    [InlineData("您所在的位置:首页 > 政务公开 > 法治政府")]
    [InlineData("当前所在位置:首页>信息公开>规划计划")]
    [InlineData("您现在所在位置: 政府信息公开 > 工作报告")]
    [InlineData("今天是:2022年3月8日 星期二 农历二月初六")]
    [InlineData("2023年1月16日 星期一")]
    public void Breadcrumb_variants_and_date_widgets_are_page_chrome(string chrome)
    {
        var cleaned = TextCleaner.Clean(chrome + "\n(一)全区共办理行政复议案件15件。\n");
        Assert.Equal("\n(一)全区共办理行政复议案件15件。\n", cleaned.Text);
    }

    [Fact]
    public void A_signature_date_is_not_a_date_widget()
    {
        var cleaned = TextCleaner.Clean("莲都区人民政府\n2022年3月8日\n");
        Assert.Contains("2022年3月8日", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_title_is_found_below_a_column_name_and_a_repeated_page_title()
    {
        var text = "今天是:2021年4月2日 星期五\n工作动态\n政务公开\n法治建设\n您所在的位置:首页 > 法治建设\n"
            + "2020年莲都区法治政府建设情况报告\n"
            + "2020年,莲都区深入推进依法行政。区政府每年第一季度向区委、区人大常委会报告上一年度法治政府建设情况,向区政协通报。";
        var facts = ReportExtractor.Default.Extract(text);
        Assert.Equal("2020年莲都区法治政府建设情况报告", facts.Report.Title);
        Assert.Equal("莲都区", facts.Report.Jurisdiction);
        Assert.Equal(2020, facts.Report.Year);
    }

    [Fact]
    public void A_run_before_an_organ_that_never_starts_a_clause_is_not_the_jurisdiction()
    {
        // No title, no signature: the region must come from the organs named in the text.
        var text = "一、主要工作\n全年两次向区委常委会汇报法治工作。按季度向区政府报告执法情况。各单位每半年向区委依法治区办报送进展。"
            + "南湖区委、区政府高度重视法治建设。";
        var facts = ReportExtractor.Default.Extract(text);
        Assert.Equal("南湖区", facts.Report.Jurisdiction);
    }

    [Fact]
    public void A_parent_city_named_before_its_rule_of_law_plan_without_title_marks()
    {
        var facts = Extract.Report("一、主要工作\n2021年是落实嘉兴市法治政府建设规划的关键之年,全县各部门协同推进。");
        Assert.Equal("嘉兴市", facts.Report.ParentCity);
    }

    [Fact]
    public void Two_cities_named_without_title_marks_leave_the_parent_open()
    {
        var facts = Extract.Report("一、主要工作\n学习借鉴湖州市法治政府建设经验和宁波市法治政府建设做法。");
        Assert.Null(facts.Report.ParentCity);
    }

    [Theory]
    [InlineData("经验做法被《法治日报》《浙江日报》等媒体刊发3次。", "浙江日报")]
    [InlineData("相关做法被《中国审计报》新华社、“学习强国”平台报道。", "中国审计报")]
    [InlineData("典型案例入选《半月谈》和《民主与法制》周刊。", "半月谈")]
    public void Newspapers_and_magazines_are_not_documents(string sentence, string periodical)
    {
        var facts = Extract.Achievement(sentence);
        Assert.DoesNotContain(facts.Documents, d => d.Title == periodical);
        Assert.DoesNotContain(facts.Documents, d => d.Title == "法治日报");
    }

    [Fact]
    public void A_report_or_bulletin_ending_in_bao_stays_a_document()
    {
        var facts = Extract.Achievement("印发《关于2021年度行政执法案卷评查情况的通报》和《法治建设工作简报》。");
        Assert.Contains(facts.Documents, d => d.Title == "关于2021年度行政执法案卷评查情况的通报");
        Assert.Contains(facts.Documents, d => d.Title == "法治建设工作简报");
    }

    [Theory]
    [InlineData("将全县19个部门的156项行政许可事项统一划入县行政审批局,实现一枚印章管审批。", 156, "县行政审批局")]
    [InlineData("将区市场监管局等12个部门的94项审批事项划归区行政审批局。", 94, "区行政审批局")]
    [InlineData("将分散在各部门的203项行政许可事项集中到县行政审批服务局办理。", 203, "县行政审批服务局")]
    public void Licensing_matters_moved_into_an_approval_bureau_are_a_transfer(string sentence, int items, string recipient)
    {
        var d = Assert.Single(Extract.Achievement(sentence).Delegations);
        Assert.Equal(DelegationMode.Transfer, d.Mode);
        Assert.Equal(items, d.ItemCount);
        Assert.Equal([recipient], d.To);
    }

    [Fact]
    public void Cases_handed_to_the_police_are_not_a_delegation()
    {
        Assert.Empty(Extract.Achievement("全年将涉嫌犯罪案件12件移交公安机关,做到应移尽移。").Delegations);
    }

    [Fact]
    public void A_zones_party_working_committee_and_management_committee_heads_are_first_responsible()
    {
        var facts = Extract.Achievement("高新区党工委、管委会主要负责人认真履行推进法治建设第一责任人职责,带头学法用法。");
        var r = Assert.Single(facts.Responsibilities);
        Assert.Equal("高新区党工委、管委会主要负责人", r.Holder);
        Assert.Equal(ResponsibilityRole.FirstResponsible, r.Role);
    }

    [Theory]
    [InlineData("县委依法治县办充分发挥统筹协调作用,组织开展法治督察。", "县委依法治县办", ResponsibilityRole.Coordinate)]
    [InlineData("区司法局切实履行牵头职责,完成规范性文件审核86件。", "区司法局", ResponsibilityRole.Lead)]
    [InlineData("建立由区长牵头的重大行政决策协调机制。", "区长", ResponsibilityRole.Lead)]
    [InlineData("成立由主要负责人牵头的行政执法协调小组。", "主要负责人", ResponsibilityRole.Lead)]
    public void Duty_phrases_and_person_holders_around_role_words(string sentence, string holder, ResponsibilityRole role)
    {
        var r = Assert.Single(Extract.Achievement(sentence).Responsibilities);
        Assert.Equal(holder, r.Holder);
        Assert.Equal(role, r.Role);
    }

    [Theory]
    [InlineData("奋力开创法治政府建设新局面,全年组织32名新提任局、科级干部参加任前法律考试。", "局")]
    [InlineData("全县形成了依法办事的良好局势。", "局")]
    public void Ju_of_jumian_or_of_a_rank_is_no_agency(string sentence, string organ)
    {
        var facts = Extract.Achievement(sentence);
        Assert.DoesNotContain(facts.Agencies, a => a.Name.EndsWith(organ, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bureau_facing_the_public_is_still_a_bureau()
    {
        var facts = Extract.Achievement("县司法局面向社会公开征集立法建议。县公安局部署开展专项行动。");
        Assert.Contains(facts.Agencies, a => a.Normalized == "嘉善县司法局");
        Assert.Contains(facts.Agencies, a => a.Normalized == "嘉善县公安局");
    }

    [Fact]
    public void National_bodies_keep_their_own_names()
    {
        var facts = Extract.Achievement("配合最高人民法院开展专项调研,典型案例获最高人民检察院通报表扬,协助县人民检察院办理公益诉讼案件。");
        Assert.Contains(facts.Agencies, a => a.Normalized == "最高人民法院");
        Assert.Contains(facts.Agencies, a => a.Normalized == "最高人民检察院");
        Assert.Contains(facts.Agencies, a => a.Normalized == "嘉善县人民检察院");
    }

    [Fact]
    public void The_committee_for_law_based_governance_names_no_county_party_committee()
    {
        var facts = Extract.Achievement("召开全面依法治县委员会第三次会议,审议年度工作要点。");
        Assert.DoesNotContain(facts.Agencies, a => a.Name == "县委");
    }
}
