using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class ResponsibilityRecognizerTests
{
    [Fact]
    public void Party_secretary_and_county_head_are_each_first_responsible()
    {
        var facts = Extract.Achievement("县委书记、县长切实履行推进法治建设第一责任人职责,带头学法用法。");
        Assert.Contains(facts.Responsibilities, r => r.Holder == "县委书记" && r.Role == ResponsibilityRole.FirstResponsible);
        Assert.Contains(facts.Responsibilities, r => r.Holder == "县长" && r.Role == ResponsibilityRole.FirstResponsible);
    }

    [Fact]
    public void Lead_coordinator_and_members_of_a_task_force()
    {
        var facts = Extract.Achievement("成立工作专班,明确由县委政法委统筹协调,由县司法局牵头,县发改局、县财政局为成员单位。");
        Assert.Contains(facts.Responsibilities, r => r.Holder == "县委政法委" && r.Role == ResponsibilityRole.Coordinate);
        Assert.Contains(facts.Responsibilities, r => r.Holder == "县司法局" && r.Role == ResponsibilityRole.Lead);
        Assert.Contains(facts.Responsibilities, r => r.Holder == "县发改局" && r.Role == ResponsibilityRole.Member);
        Assert.Contains(facts.Responsibilities, r => r.Holder == "县财政局" && r.Role == ResponsibilityRole.Member);
        Assert.Equal(4, facts.Responsibilities.Count);
    }

    [Fact]
    public void Bodies_added_to_a_scheme_become_member_units()
    {
        var facts = Extract.Achievement("将网信办、气象局纳入“双随机”成员单位,完成联合检查22次。");
        Assert.Equal(["网信办", "气象局"], facts.Responsibilities.Select(r => r.Holder));
    }

    [Fact]
    public void A_role_without_a_named_holder_is_not_a_fact()
    {
        var facts = Extract.Achievement("一是落实第一责任人职责。各承办单位按时办结,并指定具体承办部门。");
        Assert.Empty(facts.Responsibilities);
    }

    [Fact]
    public void Titles_that_mention_first_responsibility_are_not_responsibilities()
    {
        var facts = Extract.Achievement("印发《党政主要负责人履行推进法治建设第一责任人职责规定》。");
        Assert.Empty(facts.Responsibilities);
    }
    [Fact]
    public void The_region_word_stays_with_the_principal_leader()
    {
        var facts = Extract.Achievement("县政府主要负责人切实履行推进法治建设第一责任人职责,定期听取法治政府建设工作汇报。");
        var r = Assert.Single(facts.Responsibilities);
        Assert.Equal("县政府主要负责人", r.Holder);
        Assert.Equal(ResponsibilityRole.FirstResponsible, r.Role);
    }

    [Fact]
    public void A_district_party_committee_leader_in_a_guangdong_style_sentence()
    {
        var facts = Extract.Achievement("区委主要负责同志带头履行推进法治建设第一责任人职责,全年主持召开专题会议4次。");
        Assert.Equal(["区委主要负责同志"], facts.Responsibilities.Select(r => r.Holder));
    }

    [Fact]
    public void An_office_responsible_for_coordinating_is_the_coordinator()
    {
        var facts = Extract.Achievement("县政府办公室负责统筹协调全县政务公开工作。");
        var r = Assert.Single(facts.Responsibilities);
        Assert.Equal("县政府办公室", r.Holder);
        Assert.Equal(ResponsibilityRole.Coordinate, r.Role);
        Assert.Equal("全县政务公开工作", r.Task);
    }

    [Fact]
    public void A_bureau_specifically_responsible_for_coordinating_in_a_sichuan_style_sentence()
    {
        var facts = Extract.Achievement("行政执法协调监督工作由区司法局具体负责统筹协调,各执法部门按职责分工落实。");
        Assert.Contains(facts.Responsibilities, r => r.Holder == "区司法局" && r.Role == ResponsibilityRole.Coordinate);
    }
}
