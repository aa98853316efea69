using System.Globalization;
using Bogus;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// Writes one county's annual rule-of-law report in the genre's usual order — achievements, problems, plans,
/// signature — and records every fact it states together with the sentence that states it. The facts are what
/// a perfect extractor would read back from the text.
/// </summary>
internal sealed class ReportComposer
{
    private readonly CountyPlan _county;
    private readonly int _year;
    private readonly Randomizer _random;
    private readonly ReportTextBuilder _text = new();
    private readonly FactCollector _facts;
    private readonly Dictionary<string, HashSet<int>> _serials = new(StringComparer.Ordinal);

    private ReportComposer(CountyPlan county, int year, int seed)
    {
        _county = county;
        _year = year;
        _random = new Randomizer(seed);
        _facts = new FactCollector(county.Name);
    }

    private string RegionWord => _county.RegionWord;
    private string We => "我" + RegionWord;
    private string Whole => "全" + RegionWord;

    public static ReportFacts Compose(CountyPlan county, int year, int seed) => new ReportComposer(county, year, seed).Compose();

    private ReportFacts Compose()
    {
        var title = $"{_county.Government}关于{Year(_year)}年度法治政府建设工作情况的报告";
        _text.Line(title);
        if (_county.Level is RegionLevel.County or RegionLevel.District && _random.Bool(0.4f)) _text.Line($"中共{_county.Name}委:");
        Introduction();
        _text.Chapter("一", $"{Year(_year)}年度法治政府建设主要工作成效", SectionKind.Achievements);
        var numeral = 0;
        _text.Section(Phrasebook.ChineseNumerals[numeral++], "加强组织领导,切实履行法治建设第一责任人职责");
        Leadership();
        _text.Section(Phrasebook.ChineseNumerals[numeral++], "完善依法行政制度体系,推进科学民主依法决策");
        Rules();
        _text.Section(Phrasebook.ChineseNumerals[numeral++], _county.Level == RegionLevel.Zone
            ? "深化审批服务赋权改革,构建简约高效的基层管理体制" : "深化乡镇综合行政执法改革,推动执法力量下沉");
        Delegations();
        _text.Section(Phrasebook.ChineseNumerals[numeral++], "严格规范公正文明执法,强化行政权力制约监督");
        Enforcement();
        _text.Section(Phrasebook.ChineseNumerals[numeral], "依法有效化解社会矛盾纠纷,提升政务服务水平");
        Disputes();
        _text.Chapter("二", "存在的问题", SectionKind.Problems);
        Problems();
        _text.Chapter("三", "下一步工作计划", SectionKind.Plans);
        Plans();
        var signed = new DateOnly(_year + 1, _random.Number(1, 3), _random.Number(1, 28));
        _text.Line(_county.Government);
        _text.Line($"{Year(signed.Year)}年{signed.Month.ToString(CultureInfo.InvariantCulture)}月{signed.Day.ToString(CultureInfo.InvariantCulture)}日");

        var original = _text.Build();
        return _facts.Build(new ReportMeta
        {
            Jurisdiction = _county.Name,
            Level = _county.Level,
            ParentCity = _county.City,
            Province = _county.Province,
            Year = _year,
            Issuer = _county.Government,
            IssuedDate = signed,
            Title = title,
        }, original, _text.Sentences);
    }

    private void Introduction()
    {
        var superior = _county.City is null ? "市委、市政府" : $"{_county.City}委、{_county.City}政府";
        var outline = _year <= 2020 ? "法治政府建设实施纲要(2015-2020年)" : "法治政府建设实施纲要(2021—2025年)";
        var ev = _text.Sentence($"{Year(_year)}年,在{superior}的正确领导下,{We}{_random.ArrayElement(Phrasebook.Openings)},认真贯彻落实《{outline}》,扎实推进法治政府建设,各项工作取得新成效。");
        _facts.Document(outline, null, null, DocumentKind.CentralPolicy, ev);
        _text.Sentence("现将有关情况报告如下。");
    }

    private void Leadership()
    {
        var holder = RegionWord + "政府主要负责人";
        var ev = _text.Sentence($"{holder}切实履行推进法治建设第一责任人职责,定期听取法治政府建设工作汇报,研究解决法治建设中的重大问题。");
        _facts.Responsibility(holder, ResponsibilityRole.FirstResponsible, "推进法治建设", ev);
        if (_random.Bool(0.6f))
        {
            const string rule = "党政主要负责人履行推进法治建设第一责任人职责规定";
            ev = _text.Sentence($"{RegionWord}委、{RegionWord}政府认真贯彻落实《{rule}》,将法治政府建设纳入经济社会发展总体规划和年度工作计划。");
            _facts.Document(rule, null, null, DocumentKind.CentralPolicy, ev);
        }
        if (_county.City is { } city && _random.Bool(0.7f))
        {
            var plan = city + _random.ArrayElement(Phrasebook.MunicipalDocuments);
            ev = _text.Sentence($"按照《{plan}》要求,{We}细化工作措施,明确责任分工,确保各项任务落到实处。");
            _facts.Document(plan, null, null, DocumentKind.Municipal, ev);
        }
        var justice = CountyDepartments.All[0];
        var lead = justice.Written(RegionWord, false);
        var task = _random.ArrayElement(Phrasebook.LeadTasks).Replace("全县", Whole, StringComparison.Ordinal);
        ev = _text.Sentence($"由{lead}牵头,组织开展{task}。");
        _facts.Agency(justice, lead, ev);
        _facts.Responsibility(lead, ResponsibilityRole.Lead, task, ev);
        var office = RegionWord + "政府办公室";
        task = _random.ArrayElement(Phrasebook.CoordinateTasks).Replace("全县", Whole, StringComparison.Ordinal);
        ev = _text.Sentence($"{office}负责统筹协调{task}。");
        _facts.Agency(office, _county.Government + "办公室", AgencyKind.Government, ev);
        _facts.Responsibility(office, ResponsibilityRole.Coordinate, task, ev);
        _text.EndParagraph();
    }

    private void Rules()
    {
        var (regulation, practice) = _random.ArrayElement(Phrasebook.Regulations);
        var said = _text.Sentence($"认真贯彻实施《{regulation}》,{practice}。");
        _facts.Document(regulation, null, null, DocumentKind.AdministrativeRegulation, said);
        // A county issues dozens of documents a year: the named rule-of-law ones and its yearly run of others, cited in
        // sentences of a few each, grouped by the office that issued them.
        var chosen = _random.Shuffle(Phrasebook.LocalDocuments).Take(_random.Number(2, 5))
            .Select(d => (Title: _county.Name + d.Title, d.Code))
            .Concat(_random.Shuffle(Enumerable.Range(0, LocalDocumentTitles.Count).ToArray()).Take(_random.Number(55, 80))
                .Select(i => (Title: LocalDocumentTitles.Title(_county.Name, i), Code: _random.ArrayElement(LocalCodes))))
            .DistinctBy(d => d.Title, StringComparer.Ordinal).ToArray();
        foreach (var group in chosen.GroupBy(d => d.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                     .SelectMany(g => g.Chunk(5).Select(c => (g.Key, Docs: c))))
        {
            var docs = group.Docs.Select(d => (d.Title, Number: NextNumber(d.Code))).ToArray();
            var issuerWritten = group.Key switch
            {
                "政发" => RegionWord + "政府",
                "司发" => RegionWord + "司法局",
                _ => RegionWord + "政府办公室",
            };
            var cited = string.Join("、", docs.Select(d => $"《{d.Title}》({d.Number})"));
            var ev = _text.Sentence($"{issuerWritten}{_random.ArrayElement(Phrasebook.AdoptVerbs)}{cited},{_random.ArrayElement(Phrasebook.AdoptPurposes)}。");
            var issuer = Phrasebook.IssuerOf(group.Key, _county.Name, _county.Government);
            foreach (var (docTitle, number) in docs) _facts.Document(docTitle, number, issuer, DocumentKind.Local, ev);
        }

        var (upper, local) = _random.ArrayElement(ProvincialPairs.All);
        var upperTitle = _county.Province + upper;
        var localTitle = _county.Name + local;
        var localNumber = NextNumber("政发");
        var ev2 = _text.Sentence($"根据《{upperTitle}》,结合{We}实际,{RegionWord}政府制定《{localTitle}》({localNumber}),明确工作标准和程序。");
        _facts.Document(upperTitle, null, null, DocumentKind.Provincial, ev2);
        _facts.Document(localTitle, localNumber, _county.Government, DocumentKind.Local, ev2, basedOn: upperTitle);
        _text.EndParagraph();
    }

    /// <summary>Number codes of a county's own documents (高邑政发, 高邑政办发, 高邑政办函, 高邑司发).</summary>
    private static readonly string[] LocalCodes = ["政发", "政办发", "政办发", "政办函", "司发"];

    private void Delegations()
    {
        var templates = new List<Action>();
        if (_county.Level != RegionLevel.Zone)
        {
            templates.Add(EntrustToTownships);
            templates.Add(DevolveToTownships);
        }
        templates.Add(TransferToApprovalBureau);
        templates.Add(ConcentratePenalties);
        if (_county.Park is not null) templates.Add(EmpowerPark);
        var count = Math.Min(templates.Count, _random.Number(2, 4));
        foreach (var template in _random.Shuffle(templates).Take(count).ToArray()) template();
        if (_county.Townships.Count > 0)
        {
            // every township of the jurisdiction, as reports list where the reform has reached
            var ev = _text.Sentence($"目前,{Whole}乡镇综合行政执法队已实现全覆盖,具体为:{string.Join("、", _county.Townships)}。");
            foreach (var township in _county.Townships) _facts.Township(township, RegionLevel.Township, ev);
        }
        if (_county.Level != RegionLevel.Zone && _county.Townships.Count >= 2)
        {
            var pilots = _random.Shuffle(_county.Townships).Take(2).ToArray();
            var ev = _text.Sentence($"在{pilots[0]}、{pilots[1]}开展乡镇综合行政执法改革示范创建,以点带面推动改革落地。");
            foreach (var township in pilots) _facts.Township(township, RegionLevel.Township, ev);
        }
        _text.EndParagraph();
    }

    private void EntrustToTownships()
    {
        var department = _random.ArrayElement(CountyDepartments.Delegating.ToArray());
        var from = department.Written(RegionWord, _random.Bool(0.5f));
        var category = _random.ArrayElement(["行政处罚", "行政检查"]);
        var items = _random.Number(8, 60);
        var date = RandomDate();
        var matters = $"{department.Field}领域{category}事项";
        var ev = _text.Sentence($"{MonthDay(date)},{from}与各乡镇签订行政执法委托协议,依法将{matters}{Count(items)}项委托乡镇人民政府实施。");
        _facts.Agency(department, from, ev);
        _facts.Delegation(DelegationMode.Entrust, from, ["各乡镇"], matters, [new PowerRef(category, department.Field)], items, null, date, null, ev);
    }

    private void DevolveToTownships()
    {
        var plan = _county.Name + "推进乡镇综合行政执法改革工作实施方案";
        var number = NextNumber("办字");
        var townships = _county.Townships.Count;
        var items = _random.Number(60, 220);
        var collective = $"{Count(townships)}个乡镇";
        var ev = _text.Sentence($"根据《{plan}》({number}),{RegionWord}直相关部门向{collective}下放行政处罚、行政检查等行政执法事项共计{Count(items)}项。");
        _facts.Document(plan, number, Phrasebook.IssuerOf("办字", _county.Name, _county.Government), DocumentKind.Local, ev);
        _facts.Delegation(DelegationMode.Devolve, RegionWord + "直相关部门", [collective], "行政处罚、行政检查等行政执法事项",
            [new PowerRef("行政处罚", null), new PowerRef("行政检查", null)], items, townships, null, plan, ev);
    }

    private void TransferToApprovalBureau()
    {
        var bureau = CountyDepartments.All.First(d => d.Field == "行政审批");
        var to = bureau.Written(RegionWord, false);
        var from = RegionWord + "直各涉改部门";
        var items = _random.Number(80, 320);
        // The reform is named in a sentence of its own (as 平鲁区 writes it), so the transfer reads as a transfer.
        _text.Sentence("推行相对集中行政许可权改革。");
        var ev = _text.Sentence($"{to}与{from}对接核实,共梳理出首批划转行政许可及关联事项{Count(items)}项,划转事项全部到位。");
        _facts.Agency(bureau, to, ev);
        _facts.Delegation(DelegationMode.Transfer, from, [to], "行政许可及关联事项", [new PowerRef("行政许可", null)], items, null, null, null, ev);
    }

    private void ConcentratePenalties()
    {
        var bureau = CountyDepartments.All.First(d => d.Field == "城市管理");
        var to = bureau.Written(RegionWord, false);
        var fields = _random.Shuffle(CountyDepartments.Delegating.Where(d => d.Field != "城市管理").Select(d => d.Field).ToArray()).Take(2).ToArray();
        var items = _random.Number(40, 190);
        var date = RandomDate();
        var matters = $"{fields[0]}、{fields[1]}等领域行政处罚事项";
        var ev = _text.Sentence($"{MonthDay(date)},推行相对集中行政处罚权改革,将{matters}{Count(items)}项集中由{to}行使。");
        _facts.Agency(bureau, to, ev);
        _facts.Delegation(DelegationMode.Concentrate, null, [to], matters, fields.Select(f => new PowerRef("行政处罚", f)).ToArray(), items, null, date, null, ev);
    }

    private void EmpowerPark()
    {
        var park = _county.Park!;
        var directory = _county.Province + "园区赋权指导目录";
        var items = _random.Number(60, 200);
        var ev = _text.Sentence($"根据《{directory}》,灵活运用直接赋权、委托行使等方式,向{park}赋予审批服务事项{Count(items)}项,实现“园区事园区办”。");
        _facts.Document(directory, null, null, DocumentKind.Provincial, ev);
        _facts.Township(park, RegionLevel.Zone, ev);
        _facts.Delegation(DelegationMode.Empower, null, [park], "审批服务事项", [], items, null, null, directory, ev);
    }

    private void Enforcement()
    {
        var laws = _random.Shuffle(Phrasebook.Laws).Take(_random.Number(2, 5)).ToArray();
        var implemented = _text.Sentence($"认真贯彻实施{string.Join("、", laws.Select(l => $"《{l}》"))},严格规范执法程序,全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。");
        foreach (var law in laws) _facts.Document(law, null, null, DocumentKind.Law, implemented);
        foreach (var (activity, unit) in _random.Shuffle(Phrasebook.CountedProblems).Take(_random.Number(1, 2)).ToArray())
        {
            var found = _random.Number(5, 260);
            var rectified = _random.Bool(0.6f) ? found : _random.Number(found / 2, found - 1);
            var text = $"{activity},发现问题{Count(found)}{unit},已整改{Count(rectified)}{unit}";
            var ev = _text.Sentence(text + "。");
            _facts.Problem(text, activity[(activity.IndexOf("开展", StringComparison.Ordinal) + 2)..], found, rectified, rectified == found ? ProblemStatus.Rectified : ProblemStatus.Rectifying, ev);
        }
        Metrics(2);
        _text.EndParagraph();
    }

    private void Disputes()
    {
        Metrics(_random.Number(2, 3));
        var members = _random.Shuffle(CountyDepartments.All.Skip(1).ToArray()).Take(2).ToArray();
        var member = members[0].Written(RegionWord, false);
        var task = _random.ArrayElement(Phrasebook.MemberTasks);
        var ev = _text.Sentence($"{member}作为成员单位,积极参与{task}。");
        _facts.Agency(members[0], member, ev);
        _facts.Responsibility(member, ResponsibilityRole.Member, task, ev);
        var undertaker = members[1].Written(RegionWord, false);
        task = _random.ArrayElement(Phrasebook.UndertakeTasks);
        ev = _text.Sentence($"{undertaker}承办{task},做到按期办结。");
        _facts.Agency(members[1], undertaker, ev);
        _facts.Responsibility(undertaker, ResponsibilityRole.Undertake, task, ev);
        _text.EndParagraph();
    }

    private readonly HashSet<string> _usedMetrics = new(StringComparer.Ordinal);

    private void Metrics(int count)
    {
        var fresh = MetricTemplate.All.Where(m => !_usedMetrics.Contains(m.Name)).ToArray();
        foreach (var metric in _random.Shuffle(fresh).Take(count).ToArray())
        {
            _usedMetrics.Add(metric.Name);
            var raw = metric.Decimals == 0
                ? _random.Number((int)metric.Min, (int)metric.Max)
                : Math.Round(_random.Decimal(metric.Min, metric.Max), metric.Decimals);
            // What the text says is the fact: format first, then read the value back from the digits written.
            var written = raw.ToString("0.#", CultureInfo.InvariantCulture);
            var sentence = metric.Sentence.Replace("全县", Whole, StringComparison.Ordinal);
            var ev = _text.Sentence(string.Format(CultureInfo.InvariantCulture, sentence, written));
            _facts.Metric(metric.Name, decimal.Parse(written, CultureInfo.InvariantCulture), metric.Unit, _year, ev);
        }
    }

    private void Problems()
    {
        _text.Sentence($"{Year(_year)}年,{We}法治政府建设虽然取得了一定成效,但对照上级要求和人民群众的期盼,还存在一些差距和不足。");
        var items = _random.Shuffle(Phrasebook.Problems).Take(_random.Number(2, 4)).ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            var ev = _text.Sentence($"{Phrasebook.ChineseNumerals[i]}是{items[i].Text}。");
            _facts.Problem(items[i].Text, items[i].Category, null, null, ProblemStatus.Open, ev);
        }
        _text.EndParagraph();
    }

    private void Plans()
    {
        _text.Sentence($"{We}将坚持问题导向,针对存在的问题认真研究整改措施,持续推进法治政府建设。");
        var items = _random.Shuffle(Phrasebook.Plans).Take(_random.Number(3, 4)).ToArray();
        for (var i = 0; i < items.Length; i++) _text.Sentence($"{Phrasebook.ChineseNumerals[i]}是{items[i]}。");
        _text.EndParagraph();
    }

    /// <summary>A number the county has not used yet this year under this code: 高政办发〔2020〕65号.</summary>
    private DocNumber NextNumber(string code)
    {
        var key = _county.Abbreviation + code;
        if (!_serials.TryGetValue(key, out var used)) _serials[key] = used = [];
        int serial;
        do serial = _random.Number(1, code == "政发" ? 60 : 150);
        while (!used.Add(serial));
        return new DocNumber(key, _year, serial.ToString(CultureInfo.InvariantCulture));
    }

    private DateOnly RandomDate() => new(_year, _random.Number(1, 12), _random.Number(1, 28));

    private static string MonthDay(DateOnly date) =>
        $"{date.Month.ToString(CultureInfo.InvariantCulture)}月{date.Day.ToString(CultureInfo.InvariantCulture)}日";

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
