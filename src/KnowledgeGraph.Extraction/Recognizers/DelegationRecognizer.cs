using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Acts of handing powers down (下放, 委托, 划转, 赋权/赋予/直接赋权/委托行使, 相对集中). A sentence reports an act when
/// it gives a number of matters (下放…39项, 划转…238项) or says what was handed over (将宗教管理部分事项委托乡镇人民政府);
/// a mere aim (指导下放…, 积极稳妥下放…) or anything in the plans or problems is not an act. From, to, matters,
/// item count, date (5月18日 completed with the report year) and the authorizing document come from the same sentence.
/// </summary>
internal static partial class DelegationRecognizer
{
    // 划入/划归/集中到/移交 are 划转 as other governments write it (278项行政许可事项统一划入县行政审批局).
    [GeneratedRegex(@"相对集中|直接赋权|委托行使|赋权|赋予|下放|委托|划转|划入|划归|集中到|移交|交由")]
    private static partial Regex ModeWord();

    [GeneratedRegex(@"(?<n>\d{1,5})\s?(?:余|多)?\s?(?:项|个事项|个(?!乡|镇|街|园|部门|单位|县|村)|条|类|件)(?!%)")]
    private static partial Regex ItemCount();

    [GeneratedRegex(@"将(?<matters>[^,。;]{2,40}?)(?<mode>相对集中|直接赋权|委托行使|赋权|赋予|下放|委托|划转|划入|划归|集中到|移交|交由)(?:给|至|到)?(?<to>[^,。;]{0,24}?)(?=进行|行使|实施|办理|执法(?![局队中所])|管理(?![局委处所中])|承接|,|。|;|$)")]
    private static partial Regex JiangConstruction();

    [GeneratedRegex(@"(?:至|到|给|向)(?<to>[\p{IsCJKUnifiedIdeographs}()]{2,20}?)(?:的|,|进行|行使|实施|承接)")]
    private static partial Regex RecipientAfter();

    [GeneratedRegex(@"(?<n>\d{1,3})\s?个(?<who>乡镇|街道|镇|乡|园区)")]
    private static partial Regex RecipientCount();

    [GeneratedRegex(@"行政处罚|行政许可|行政检查|行政强制|行政征收|行政确认|行政奖励|行政裁决|行政给付|行政执法|审批服务|公共服务")]
    private static partial Regex PowerCategory();

    [GeneratedRegex(@"(?<field>[\p{IsCJKUnifiedIdeographs}]{2,10}?(管理|事务|执法|领域))(部分|相关)?(事项|权限|职权)")]
    private static partial Regex PowerField();

    private static readonly string[] Aims = ["指导", "推进", "推动", "稳妥", "研究", "探索", "争取", "深化", "推行", "做好", "逐步", "计划", "拟"];

    public static List<DelegationFact> Recognize(Analysis a)
    {
        var s = a.S;
        var facts = new List<DelegationFact>();
        for (var i = 0; i < a.Sentences.Count; i++)
        {
            var sentence = a.Sentences[i];
            if (sentence.Kind is SectionKind.Plans or SectionKind.Problems) continue;
            var fact = Read(a, i);
            if (fact is not null) facts.Add(fact);
        }
        return facts;
    }

    private static DelegationFact? Read(Analysis a, int index)
    {
        var s = a.S;
        var sentence = a.Sentences[index];
        var text = sentence.Text;

        Match? mode = null;
        for (var m = ModeWord().Match(text); m.Success; m = m.NextMatch())
        {
            if (a.InsideTitle(index, sentence.Start + m.Index, sentence.Start + m.Index + m.Length)) continue;
            mode = m;
            break;
        }
        if (mode is null) return null;

        var jiang = JiangConstruction().Match(text);
        Match? count = null;
        for (var c = ItemCount().Match(text, mode.Index + mode.Length); c.Success; c = c.NextMatch())
        {
            if (a.InsideTitle(index, sentence.Start + c.Index, sentence.Start + c.Index + c.Length)) continue;
            count = c;
            break;
        }
        // 将38项行政处罚事项下放至各乡镇: the count sits inside the matters.
        if (count is null && jiang.Success) count = ItemCount().Match(jiang.Groups["matters"].Value) is { Success: true } inner ? ItemCount().Match(text, jiang.Groups["matters"].Index) : null;
        if (count is null && !jiang.Success) return null;
        if (!jiang.Success && Attributive().IsMatch(text.AsSpan(mode.Index + mode.Length)) && text.AsSpan(mode.Index, count!.Index - mode.Index).ContainsAny(',', ';')) return null;
        if (count is null && IsAim(text, mode.Index)) return null;

        var modeWord = jiang.Success ? jiang.Groups["mode"].Value : mode.Value;
        var delegationMode = ModeOf(modeWord);
        // 将涉嫌犯罪案件移交公安机关: cases and files are handed over too; only powers and matters make a delegation.
        if (modeWord is "划入" or "划归" or "集中到" or "移交" && !MovesPowers(jiang.Success ? jiang.Groups["matters"].Value : text[..mode.Index])) return null;

        // Who hands over: the first body named before the act; who receives: named after it.
        var actAt = jiang.Success ? jiang.Index : mode.Index;
        var agencies = AgencyScanner.Scan(s, sentence.Start, sentence.End, a.Context);
        string? from = null;
        foreach (var ag in agencies)
        {
            if (ag.Start - sentence.Start < actAt && !ag.Name.Contains("审批", StringComparison.Ordinal)) { from = AgencyScanner.SplitAlias(ag.Name).Name; break; }
        }

        var to = new List<string>();
        if (jiang.Success && jiang.Groups["to"].Value is { Length: >= 2 } jt) to.Add(Clean(jt));
        else
        {
            var r = RecipientAfter().Match(text, mode.Index);
            if (r.Success && r.Index - mode.Index <= mode.Length + 4) to.Add(Clean(r.Groups["to"].Value));
        }
        if (to.Count == 0 && delegationMode is DelegationMode.Transfer or DelegationMode.Concentrate)
        {
            foreach (var ag in agencies)
            {
                if (ag.Name.Contains("审批", StringComparison.Ordinal)) { to.Add(ag.Name); break; }
            }
            if (from is null && FromDepartments().Match(text) is { Success: true } fd) from = fd.Value;
        }
        if (to.Count == 0)
        {
            var after = text[(mode.Index + mode.Length)..];
            foreach (var word in new[] { "各乡镇(街道)", "各乡镇", "乡镇(街道)", "乡镇人民政府", "乡镇", "街道", "园区", "开发区" })
            {
                if (after.StartsWith(word, StringComparison.Ordinal) || text.Contains(word, StringComparison.Ordinal)) { to.Add(word); break; }
            }
        }

        string? matters;
        if (jiang.Success) matters = Clean(TrimMatters(jiang.Groups["matters"].Value));
        else
        {
            var mattersStart = mode.Index + mode.Length;
            var de = text.LastIndexOf('的', count!.Index, count.Index - mattersStart);
            if (de >= mattersStart) mattersStart = de + 1;
            // The count sits in a later clause (…最终实现137项): the clause words are an outcome, not the matters.
            if (text.AsSpan(mattersStart, count.Index - mattersStart).ContainsAny(',', ';', '。')) mattersStart = count.Index;
            matters = Clean(TrimMatters(text[mattersStart..count.Index]));
            if (to.Count > 0 && matters.StartsWith(to[0], StringComparison.Ordinal) && matters.Length > to[0].Length) matters = matters[to[0].Length..];
            if (matters.Length == 0) matters = null;
        }

        int? recipients = null;
        var rc = RecipientCount().Match(text);
        if (rc.Success) recipients = int.Parse(rc.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);

        var dates = DateReader.Find(s, sentence.Start, sentence.End, a.Context.Year);
        string? authorizedBy = null;
        foreach (var t in a.Titles[index])
        {
            if (t.Start - sentence.Start < mode.Index) authorizedBy = t.Title;
        }

        var powers = new List<PowerRef>();
        var scope = matters ?? text;
        var category = PowerCategory().Match(scope);
        var field = PowerField().Match(scope);
        if (category.Success || field.Success)
            powers.Add(new PowerRef(category.Success ? category.Value : null, field.Success && !PowerCategory().IsMatch(field.Groups["field"].Value) ? field.Groups["field"].Value : null));

        return new DelegationFact
        {
            Mode = delegationMode,
            From = from,
            To = to,
            Matters = matters,
            Powers = powers,
            ItemCount = count is null ? null : int.Parse(count.Groups["n"].ValueSpan, CultureInfo.InvariantCulture),
            RecipientCount = recipients,
            Date = dates.Count > 0 ? dates[0].Date : null,
            AuthorizedBy = authorizedBy,
            Evidence = [a.EvidenceOf(sentence)],
        };
    }

    [GeneratedRegex(@"(?:区直|县直|市直|旗直)?各[\p{IsCJKUnifiedIdeographs}]{0,4}部门")]
    private static partial Regex FromDepartments();

    // 划转至区行政审批服务管理局的审批事项: the mode word describes matters, it does not report an act.
    [GeneratedRegex(@"^(?:给|至|到)[^,。;]{1,24}?的")]
    private static partial Regex Attributive();

    private static DelegationMode ModeOf(string word) => word switch
    {
        "下放" or "交由" => DelegationMode.Devolve,
        "委托" or "委托行使" => DelegationMode.Entrust,
        "划转" or "划入" or "划归" or "集中到" or "移交" => DelegationMode.Transfer,
        "相对集中" => DelegationMode.Concentrate,
        _ => DelegationMode.Empower,
    };

    private static bool MovesPowers(string matters) =>
        matters.Contains("事项", StringComparison.Ordinal) || matters.Contains("职能", StringComparison.Ordinal) || matters.Contains("职责", StringComparison.Ordinal) || matters.Contains("权", StringComparison.Ordinal);

    private static bool IsAim(string text, int modeIndex)
    {
        foreach (var aim in Aims)
        {
            var at = modeIndex - aim.Length;
            if (at >= 0 && string.CompareOrdinal(text, at, aim, 0, aim.Length) == 0) return true;
        }
        return false;
    }

    private static string TrimMatters(string m)
    {
        foreach (var w in new[] { "共计", "合计", "累计", "共", "计", "达", "统一", "全部", "一并" })
        {
            if (m.EndsWith(w, StringComparison.Ordinal)) m = m[..^w.Length];
        }
        foreach (var w in new[] { "至", "到", "给" })
        {
            if (m.StartsWith(w, StringComparison.Ordinal)) m = m[w.Length..];
        }
        return m;
    }

    private static string Clean(string s) => s.Trim().Trim('“', '”', '"');
}
