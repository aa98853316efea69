using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class DocumentRecognizerTests
{
    [Fact]
    public void Gaoyi_number_65_is_the_rules_on_major_decisions_issued_by_the_county_government_office()
    {
        var facts = Reports.Facts("gaoyi-county-2020");
        var doc = Assert.Single(facts.Documents, d => d.Number?.ToString() == "高政办发〔2020〕65号");
        Assert.Equal("高邑县重大行政决策程序实施细则", doc.Title);
        Assert.Equal("高邑县人民政府办公室", doc.Issuer);
        Assert.Equal(DocumentKind.Local, doc.Kind);
        Assert.Equal(2020, doc.Year);
        Assert.Equal(new DocNumber("高政办发", 2020, "65"), doc.Number);
    }

    [Fact]
    public void Fuyun_square_bracket_number_is_normalized_and_resolved_to_the_prefecture_office()
    {
        var facts = Reports.Facts("fuyun-county-2024");
        var doc = Assert.Single(facts.Documents, d => d.Title.StartsWith("阿勒泰地区行政应诉工作办法", StringComparison.Ordinal));
        Assert.Equal("阿行办发〔2024〕4号", doc.Number?.ToString());
        Assert.Equal("阿勒泰地区行政公署办公室", doc.Issuer);
        Assert.Equal(DocumentKind.Municipal, doc.Kind);
        Assert.Equal("阿勒泰地区", facts.Report.ParentCity);
    }

    [Fact]
    public void Gaoyi_dates_pair_with_the_documents_issued_on_them()
    {
        var facts = Reports.Facts("gaoyi-county-2020");
        Assert.Equal(new DateOnly(2020, 3, 18), facts.Documents.Single(d => d.Number?.Serial == "7").Date);
        Assert.Equal(new DateOnly(2020, 4, 29), facts.Documents.Single(d => d.Title == "2020年高邑县法治政府建设工作要点").Date);
    }

    [Fact]
    public void A_title_nested_in_angle_brackets_stays_part_of_the_outer_title()
    {
        var facts = Reports.Facts("tangshan-hitech-zone-2023");
        Assert.Contains(facts.Documents, d => d.Title == "高新区关于对<行政执法事项清单>动态调整的通知");
        Assert.DoesNotContain(facts.Documents, d => d.Title == "行政执法事项清单");
    }

    [Fact]
    public void A_tv_column_in_book_brackets_is_not_a_document()
    {
        Assert.DoesNotContain(Reports.Facts("gaoyi-county-2020").Documents, d => d.Title == "平安高邑");
    }

    [Fact]
    public void Any_bracket_style_normalizes_and_a_made_document_is_based_on_the_one_it_implements()
    {
        var facts = Extract.Achievement("根据《浙江省人民政府办公厅关于印发浙江省行政规范性文件管理办法的通知》（浙政办发【2021】12号），我县制定了《嘉善县行政规范性文件管理规定》（善政办发[2022]3号）。");
        var provincial = facts.Documents.Single(d => d.Number?.IssuerCode == "浙政办发");
        Assert.Equal("浙政办发〔2021〕12号", provincial.Number!.ToString());
        Assert.Equal("浙江省人民政府办公厅", provincial.Issuer);
        Assert.Equal(DocumentKind.Provincial, provincial.Kind);

        var local = facts.Documents.Single(d => d.Title == "嘉善县行政规范性文件管理规定");
        Assert.Equal("善政办发〔2022〕3号", local.Number!.ToString());
        Assert.Equal("嘉善县人民政府办公室", local.Issuer);
        Assert.Equal(DocumentKind.Local, local.Kind);
        Assert.Equal([provincial.Title], local.BasedOn);
    }

    [Fact]
    public void Laws_regulations_and_central_policy_are_told_apart()
    {
        var facts = Extract.Achievement("认真贯彻《中华人民共和国行政处罚法》《优化营商环境条例》和中共中央、国务院印发的《法治政府建设实施纲要(2021—2025年)》,组织学习《民法典》。");
        Assert.Equal(DocumentKind.Law, facts.Documents.Single(d => d.Title == "中华人民共和国行政处罚法").Kind);
        Assert.Equal(DocumentKind.AdministrativeRegulation, facts.Documents.Single(d => d.Title == "优化营商环境条例").Kind);
        Assert.Equal(DocumentKind.CentralPolicy, facts.Documents.Single(d => d.Title.StartsWith("法治政府建设实施纲要", StringComparison.Ordinal)).Kind);
        Assert.Equal(DocumentKind.Law, facts.Documents.Single(d => d.Title == "民法典").Kind);
    }

    [Fact]
    public void A_municipal_document_is_recognized_by_its_city_and_the_same_title_cited_twice_is_one_document()
    {
        var facts = Extract.Report("一、主要工作\n按照《嘉兴市行政执法公示办法》要求,全面公示执法信息。\n二、其他\n继续落实《嘉兴市行政执法公示办法》。");
        var doc = Assert.Single(facts.Documents);
        Assert.Equal(DocumentKind.Municipal, doc.Kind);
        Assert.Equal(2, doc.Evidence.Count);
        Assert.Equal("嘉兴市", facts.Report.ParentCity);
    }

    [Fact]
    public void An_unclosed_book_bracket_does_not_swallow_the_sentence()
    {
        var facts = Extract.Achievement("严格按照《嘉善县工作规则》《等相关规定,经合法性审查后印发执行。");
        var doc = Assert.Single(facts.Documents);
        Assert.Equal("嘉善县工作规则", doc.Title);
    }
}
