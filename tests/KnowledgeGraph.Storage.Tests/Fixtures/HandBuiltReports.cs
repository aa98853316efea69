using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Storage.Tests.Fixtures;

/// <summary>
/// Facts read by hand from sentences of the real reports, with evidence spans into their original text. They pin
/// the store's behaviour independently of the extractor: every expectation here can be checked in the report.
/// </summary>
public static class HandBuiltReports
{
    public static ReportFacts Gaoyi()
    {
        var text = ReportTexts.Read(ReportTexts.Gaoyi);
        Evidence Q(string fragment) => ReportTexts.Quote(text, fragment);
        var reform = "《高邑县推进乡镇综合行政执法改革工作实施方案》";
        return new ReportFacts
        {
            Report = new ReportMeta
            {
                Jurisdiction = "高邑县", Level = RegionLevel.County, ParentCity = "石家庄市", Province = "河北省", Year = 2020,
                Issuer = "中共高邑县人民政府党组", IssuedDate = new DateOnly(2021, 2, 26), Title = "高邑县2020年法治政府建设工作报告",
            },
            OriginalText = text,
            SourceName = ReportTexts.Gaoyi,
            Sentences =
            [
                Sentence(text, "组织县民宗局与各乡镇进行行政执法委托协议签约", "四、", SectionKind.Achievements),
                Sentence(text, "高邑县交通运输局与各乡镇分别履行签约手续", "四、", SectionKind.Achievements),
                Sentence(text, "明确下放和委托至乡镇人民政府的行政处罚事项共计87项", "四、", SectionKind.Achievements),
            ],
            Agencies =
            [
                new AgencyFact { Name = "县民宗局", Normalized = "高邑县民宗局", Kind = AgencyKind.Government, Evidence = [Q("组织县民宗局与各乡镇")] },
                new AgencyFact { Name = "高邑县交通运输局", Normalized = "高邑县交通运输局", Kind = AgencyKind.Government, Evidence = [Q("高邑县交通运输局与各乡镇")] },
                new AgencyFact { Name = "高邑县司法局", Normalized = "高邑县司法局", Kind = AgencyKind.Government, Aliases = ["县司法局"], Evidence = [Q("2020年度高邑县司法局不定期开展数次培训")] },
                new AgencyFact { Name = "县政府办", Normalized = "高邑县人民政府办公室", Kind = AgencyKind.Government, Evidence = [Q("由县政府办牵头")] },
            ],
            Documents =
            [
                new DocumentFact
                {
                    Title = "《高邑县重大行政决策程序实施细则》", Number = DocNumber.Parse("高政办发〔2020〕65号"), Issuer = "高邑县人民政府办公室",
                    Kind = DocumentKind.Local, Year = 2020, Evidence = [Q("制定《高邑县重大行政决策程序实施细则》")],
                },
                new DocumentFact
                {
                    Title = "《高邑县行政规范性文件管理实施细则》", Number = DocNumber.Parse("高政办发〔2020〕64号"), Issuer = "高邑县人民政府办公室",
                    Kind = DocumentKind.Local, Year = 2020, Evidence = [Q("《高邑县行政规范性文件管理实施细则》")],
                },
                new DocumentFact
                {
                    Title = "《法治政府建设实施纲要(2015-2020年)》", Kind = DocumentKind.CentralPolicy, Issuer = "中共中央、国务院",
                    Evidence = [Q("《法治政府建设实施纲要(2015-2020年)》")],
                },
                new DocumentFact
                {
                    Title = reform, Kind = DocumentKind.Local, BasedOn = ["《法治政府建设实施纲要(2015-2020年)》"],
                    Evidence = [Q(reform)],
                },
            ],
            Delegations =
            [
                new DelegationFact
                {
                    Mode = DelegationMode.Entrust, From = "县民宗局", To = ["各乡镇"], Matters = "宗教管理部分事项",
                    Powers = [new PowerRef("行政处罚", "宗教管理")], Date = new DateOnly(2020, 5, 18),
                    Evidence = [Q("组织县民宗局与各乡镇进行行政执法委托协议签约")],
                },
                new DelegationFact
                {
                    Mode = DelegationMode.Entrust, From = "高邑县交通运输局", To = ["各乡镇"], Matters = "交通运输管理部分事项",
                    Powers = [new PowerRef("行政处罚", "交通运输管理")], Date = new DateOnly(2020, 8, 18),
                    Evidence = [Q("高邑县交通运输局与各乡镇分别履行签约手续")],
                },
                new DelegationFact
                {
                    Mode = DelegationMode.Devolve, To = ["乡镇人民政府"], Matters = "行政处罚事项", ItemCount = 87,
                    Powers = [new PowerRef("行政处罚", null)], AuthorizedBy = reform,
                    Evidence = [Q("明确下放和委托至乡镇人民政府的行政处罚事项共计87项")],
                },
            ],
            Responsibilities =
            [
                new ResponsibilityFact { Holder = "县政府办", Role = ResponsibilityRole.Lead, Task = "12345政府服务热线办理", Evidence = [Q("由县政府办牵头")] },
            ],
            Metrics =
            [
                new MetricFact { Name = "下发群众热线", Value = 4537, Unit = "条", Evidence = [Q("通过该平台下发群众热线4537条")] },
                new MetricFact { Name = "已完成反馈热线", Value = 4186, Unit = "条", Evidence = [Q("已完成反馈热线4186条")] },
                new MetricFact { Name = "排查化解矛盾纠纷", Value = 498, Unit = "件", Evidence = [Q("共排查化解矛盾纠纷498件")] },
            ],
        };
    }

    public static ReportFacts Yueyang()
    {
        var text = ReportTexts.Read(ReportTexts.Yueyang);
        Evidence Q(string fragment) => ReportTexts.Quote(text, fragment);
        var rules = "《岳阳县乡镇综合执法工作暂行规定》";
        return new ReportFacts
        {
            Report = new ReportMeta
            {
                Jurisdiction = "岳阳县", Level = RegionLevel.County, ParentCity = "岳阳市", Province = "湖南省", Year = 2021,
                Issuer = "岳阳县人民政府", IssuedDate = new DateOnly(2022, 2, 25),
            },
            OriginalText = text,
            SourceName = ReportTexts.Yueyang,
            Sentences =
            [
                Sentence(text, "第一批下放乡镇行政执法权限39项", "一、", SectionKind.Achievements),
                Sentence(text, "在公田镇创建乡镇综合行政执法改革工作示范乡镇", "一、", SectionKind.Achievements),
                Sentence(text, "随意行权问题依然存在", "二、", SectionKind.Problems),
            ],
            Townships = [new TownshipFact { Name = "公田镇", Evidence = [Q("在公田镇创建")] }],
            Documents =
            [
                new DocumentFact { Title = rules, Kind = DocumentKind.Local, Evidence = [Q(rules)] },
                new DocumentFact { Title = "《重大行政决策程序暂行条例》", Kind = DocumentKind.AdministrativeRegulation, Evidence = [Q("认真贯彻实施《重大行政决策程序暂行条例》")] },
                new DocumentFact { Title = "《法治政府建设实施纲要(2021—2025年)》", Kind = DocumentKind.CentralPolicy, Evidence = [Q("《法治政府建设实施纲要(2021—2025年)》")] },
            ],
            Delegations =
            [
                new DelegationFact
                {
                    Mode = DelegationMode.Devolve, To = ["乡镇"], Matters = "第一批乡镇行政执法权限", ItemCount = 39,
                    AuthorizedBy = rules, Evidence = [Q("第一批下放乡镇行政执法权限39项")],
                },
            ],
            Problems =
            [
                new ProblemFact
                {
                    Text = "个别部门和乡镇(办事处)对重大行政决策程序刚性执行不足,随意行权问题依然存在。", Category = "依法决策",
                    Evidence = [Q("随意行权问题依然存在")],
                },
                new ProblemFact
                {
                    Text = "在普法宣传工作中,缺乏创新思维,宣传手段陈旧,针对性与实效性不足。", Category = "普法宣传",
                    Evidence = [Q("宣传手段陈旧")],
                },
            ],
        };
    }

    public static ReportFacts Pinglu()
    {
        var text = ReportTexts.Read(ReportTexts.Pinglu);
        Evidence Q(string fragment) => ReportTexts.Quote(text, fragment);
        return new ReportFacts
        {
            Report = new ReportMeta { Jurisdiction = "平鲁区", Level = RegionLevel.District, ParentCity = "朔州市", Province = "山西省", Year = 2020 },
            OriginalText = text,
            SourceName = ReportTexts.Pinglu,
            Sentences = [Sentence(text, "共梳理出首批划转行政许可及关联事项238项", "二、", SectionKind.Achievements)],
            Agencies =
            [
                new AgencyFact { Name = "区行政审批服务管理局", Normalized = "平鲁区行政审批服务管理局", Kind = AgencyKind.Government, Evidence = [Q("区行政审批服务管理局与区直各涉改部门对接核实")] },
            ],
            Documents =
            [
                new DocumentFact { Title = "《法治政府建设实施纲要(2015-2020年)》", Kind = DocumentKind.CentralPolicy, Evidence = [Q("按照《法治政府建设实施纲要(2015-2020年)》")] },
                new DocumentFact { Title = "《政府信息公开条例》", Kind = DocumentKind.AdministrativeRegulation, Evidence = [Q("《政府信息公开条例》")] },
            ],
            Delegations =
            [
                new DelegationFact
                {
                    Mode = DelegationMode.Transfer, From = "区直各涉改部门", To = ["区行政审批服务管理局"], Matters = "首批行政许可及关联事项",
                    ItemCount = 238, Powers = [new PowerRef("行政许可", null)], Evidence = [Q("共梳理出首批划转行政许可及关联事项238项")],
                },
            ],
            Responsibilities =
            [
                new ResponsibilityFact { Holder = "区委书记", Role = ResponsibilityRole.FirstResponsible, Task = "法治建设", Evidence = [Q("区委书记、区长坚决扛劳法治建设第一责任人职责")] },
                new ResponsibilityFact { Holder = "区长", Role = ResponsibilityRole.FirstResponsible, Task = "法治建设", Evidence = [Q("区委书记、区长坚决扛劳法治建设第一责任人职责")] },
            ],
            Problems =
            [
                new ProblemFact { Text = "少数单位对法治政府建设站位不高,重视不够,贯彻执行力度不够", Category = "思想认识", Evidence = [Q("少数单位对法治政府建设站位不高")] },
            ],
            Metrics = [new MetricFact { Name = "首批划转行政许可及关联事项", Value = 238, Unit = "项", Evidence = [Q("共梳理出首批划转行政许可及关联事项238项")] }],
        };
    }

    /// <summary>The hand-built reports, loaded in this order by the conformance suite.</summary>
    public static IReadOnlyList<ReportFacts> All() => [Gaoyi(), Yueyang(), Pinglu()];

    private static Sentence Sentence(string text, string fragment, string section, SectionKind kind)
    {
        var e = ReportTexts.Quote(text, fragment);
        return new Sentence(e.Start, e.End, e.Quote, section, kind);
    }
}
