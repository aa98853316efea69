using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Metadata;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class MetadataTests
{
    [Fact]
    public void Title_signature_and_parents_come_from_the_text()
    {
        var facts = Extract.Report("一、主要工作\n贯彻《浙江省法治政府建设实施方案》和《嘉兴市法治政府建设考核办法》。");
        var r = facts.Report;
        Assert.Equal("嘉善县", r.Jurisdiction);
        Assert.Equal(RegionLevel.County, r.Level);
        Assert.Equal(2022, r.Year);
        Assert.Equal("嘉善县人民政府", r.Issuer);
        Assert.Equal(new DateOnly(2023, 2, 10), r.IssuedDate);
        Assert.Equal("嘉兴市", r.ParentCity);
        Assert.Equal("浙江省", r.Province);
        Assert.Equal(Extract.Title, r.Title);
    }

    [Theory]
    [InlineData("义乌市人民政府关于2022年度法治政府建设情况的报告", "义乌市", RegionLevel.CountyLevelCity)]
    [InlineData("成都市武侯区人民政府2022年法治政府建设工作报告", "武侯区", RegionLevel.District)]
    [InlineData("苏州工业园区管理委员会2022年法治政府建设情况报告", "苏州工业园区", RegionLevel.Zone)]
    [InlineData("鄂托克前旗2022年度法治政府建设工作报告", "鄂托克前旗", RegionLevel.County)]
    public void Jurisdictions_of_every_county_level_kind(string title, string name, RegionLevel level)
    {
        var facts = Extract.Report("一、主要工作\n完成培训12场。", title, signature: "");
        Assert.EndsWith(name, facts.Report.Jurisdiction, StringComparison.Ordinal);
        Assert.Equal(level, facts.Report.Level);
        Assert.Equal(2022, facts.Report.Year);
    }

    [Fact]
    public void A_report_signed_in_spring_covers_the_previous_year()
    {
        var text = "今年以来,我县扎实推进依法行政。\n一、主要工作\n完成培训12场。\n桐乡市司法局\n2024年3月1日";
        var facts = ReportExtractor.Default.Extract(text);
        Assert.Equal(2023, facts.Report.Year);
        Assert.Equal("桐乡市司法局", facts.Report.Issuer);
        Assert.Equal("桐乡市", facts.Report.Jurisdiction);
    }

    [Fact]
    public void Report_facts_match_the_readme_of_the_five_reports()
    {
        Assert.Equal(("高邑县", "石家庄市", "河北省", 2020), Meta("gaoyi-county-2020"));
        Assert.Equal(("岳阳县", null, "湖南省", 2021), Meta("yueyang-county-2021"));
        Assert.Equal(("唐山高新技术产业开发区", "唐山市", "河北省", 2023), Meta("tangshan-hitech-zone-2023"));
        Assert.Equal(("富蕴县", "阿勒泰地区", "新疆维吾尔自治区", 2024), Meta("fuyun-county-2024"));
        Assert.Equal(("平鲁区", null, "山西省", 2020), Meta("pinglu-district-2020"));

        static (string, string?, string?, int) Meta(string name)
        {
            var r = Reports.Facts(name).Report;
            return (r.Jurisdiction, r.ParentCity, r.Province, r.Year);
        }
    }

    [Fact]
    public void A_signature_date_in_chinese_numerals_is_read()
    {
        var facts = Extract.Report("一、主要工作\n完成培训12场。", signature: "嘉善县人民政府\n二〇二三年二月十日");
        Assert.Equal(new DateOnly(2023, 2, 10), facts.Report.IssuedDate);
        Assert.Equal("嘉善县人民政府", facts.Report.Issuer);
    }

    [Fact]
    public void Overrides_win_over_the_text()
    {
        var meta = ReportMetaOverrides.Parse("""{"jurisdiction": "平鲁区", "level": "district", "parentCity": "朔州市", "province": "山西省", "year": 2020, "issuer": "朔州市平鲁区人民政府", "issuedDate": "2021-03-01"}""");
        var facts = ReportExtractor.Default.Extract(Reports.Text("pinglu-district-2020"), meta);
        Assert.Equal("朔州市", facts.Report.ParentCity);
        Assert.Equal("朔州市平鲁区人民政府", facts.Report.Issuer);
        Assert.Equal(new DateOnly(2021, 3, 1), facts.Report.IssuedDate);
        Assert.Equal(RegionLevel.District, facts.Report.Level);
    }

    [Fact]
    public void A_sidecar_next_to_the_report_is_loaded_and_a_missing_one_is_null()
    {
        var dir = Directory.CreateTempSubdirectory("kg-extraction-");
        try
        {
            var report = Path.Combine(dir.FullName, "yueyang-county-2021.txt");
            File.WriteAllText(report, "x");
            Assert.Null(ReportMetaOverrides.LoadSidecar(report));
            File.WriteAllText(Path.Combine(dir.FullName, "yueyang-county-2021.meta.json"), """{"parentCity": "岳阳市"}""");
            var meta = ReportMetaOverrides.LoadSidecar(report);
            Assert.Equal("岳阳市", meta!.ParentCity);
            Assert.Null(meta.Jurisdiction);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_bad_sidecar_is_a_clear_error()
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportMetaOverrides.Parse("""{"level": "galaxy"}"""));
        Assert.Contains("galaxy", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ReportFormatException>(() => ReportMetaOverrides.Parse("not json"));
    }
}
