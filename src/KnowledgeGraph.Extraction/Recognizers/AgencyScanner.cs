using System.Buffers;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Metadata;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Finds names of bodies in a stretch of text: an organ word (局, 分局, 法院, 检察院, 政法委, 政府办 …) and the
/// words before it back to a punctuation mark or a verb (协调应急管理局 → 应急管理局). Names are resolved inside the
/// region: 县司法局 and 司法局 in 高邑县's report both mean 高邑县司法局.
/// </summary>
internal static class AgencyScanner
{
    // The organ words of one sentence, reused between calls on the same thread.
    [ThreadStatic]
    private static List<(int Index, int Length)>? t_organs;

    private static readonly SearchValues<char> StopChars = SearchValues.Create("的了在与及对由将为把向从经到至等并或以于是也均已被让给跟同其该本这那个局院级");

    // 和 joins two bodies (人大和政协) unless it sits inside one name (自然资源和规划局, 住房和城乡建设局).
    private static readonly SearchValues<char> OrganEnds = SearchValues.Create("局院委办大协府部厅");

    private static readonly string[] LeadingVerbs =
        ["组织", "协调", "推动", "配合", "指导", "督促", "要求", "成立", "设立", "联合", "会同", "牵头", "依托", "通过", "报送", "提交", "包括", "纳入", "相关", "有关", "主要", "开展", "明确", "积极", "认真", "定期", "加强", "督导", "邀请", "接受", "对接", "落实", "推进", "支持", "自觉", "主动", "接受", "坚持", "履行", "反馈", "依法", "向", "期限内", "完成", "梳理", "完善", "各", "全", "经"];

    private static readonly LastWord LeadingVerbWords = new(LeadingVerbs);

    private static readonly SearchValues<char> NotOrgans = SearchValues.Create("格布结大全当开变残定胜败终赌饭棋");

    // 局面 局势, and a rank: 局级, 提任局、处级干部. (Not 局部/局限: 公安局部署, 环保局限期整改.)
    private const string NotOrganAfterJu = "面势级";

    private const string Ranks = "处科厅部";

    /// <summary>Whether the 局 ending at <paramref name="after"/> is a word or a rank, not the end of an organ name.</summary>
    private static bool JuIsNoOrgan(string s, int after, int end)
    {
        if (after >= end) return false;
        // 司法局面向群众: 面向/面对/面临 start the next word.
        if (s[after] == '面') return after + 1 >= end || s[after + 1] is not ('向' or '对' or '临');
        if (NotOrganAfterJu.Contains(s[after], StringComparison.Ordinal)) return true;
        return s[after] == '、' && after + 2 < end && Ranks.Contains(s[after + 1], StringComparison.Ordinal) && s[after + 2] == '级';
    }

    // Bodies of the state, not of the region: never given the region's name.
    private static readonly string[] NationalPrefixes = ["最高人民", "国务院", "全国人大", "全国政协", "党中央", "中央", "国家"];

    private static readonly string[] NationalStarts = ["最高人民", "国务院", "党中央"];

    internal readonly record struct Found(int Start, int End, string Name);

    private static int RegionStart(string name, ReportContext context)
    {
        if (context.AliasPrefix(name) is not null) return -1;
        var best = -1;
        var aliases = context.Aliases;
        for (var k = 0; k < aliases.Count; k++)
        {
            var at = name.IndexOf(aliases[k], StringComparison.Ordinal);
            if (at > 0 && (best < 0 || at < best)) best = at;
        }
        if (best > 0) return best;
        best = RegionWordStart(name, context.LevelWord, best);
        best = RegionWordStart(name, "市", best);
        return RegionWordStart(name, "省", best);
    }

    /// <summary>The earlier of <paramref name="best"/> and where <paramref name="word"/> starts a region inside the name (not 市场).</summary>
    private static int RegionWordStart(string name, string word, int best)
    {
        var at = name.IndexOf(word, StringComparison.Ordinal);
        return at > 0 && name.Length - at >= 2 && !name.AsSpan(at).StartsWith("市场") && (best < 0 || at < best) ? at : best;
    }

    public static List<Found> Scan(string s, int start, int end, ReportContext context)
    {
        var found = new List<Found>();
        var organs = t_organs ??= [];
        organs.Clear();
        OrganWordScanner.Scan(s, start, end, organs);
        foreach (var (organStart, organLength) in organs)
        {
            var organEnd = organStart + organLength;
            if (s[organStart] == '局' && organLength == 1 && (organStart > start && NotOrgans.Contains(s[organStart - 1]) || JuIsNoOrgan(s, organEnd, end))) continue;
            var from = organStart;
            while (from > start && organEnd - from < 14 && Structure.SectionParser.IsHan(s[from - 1]) && !StopChars.Contains(s[from - 1]))
            {
                if (s[from - 1] == '和' && (from - 2 < start || OrganEnds.Contains(s[from - 2]))) break;
                from--;
            }
            var name = s[from..organEnd];
            // Keep what follows the last verb: 学法纳入党工委 → 党工委, 依法履行法院 → 法院.
            var cut = LeadingVerbWords.LastEnd(name, minRemaining: 2);
            // 案例获最高人民检察院…: a national body's name starts where its own first word does.
            foreach (var national in NationalStarts)
            {
                var at = name.IndexOf(national, StringComparison.Ordinal);
                if (at > cut) cut = at;
            }
            if (cut > 0) { name = name[cut..]; from += cut; }
            // 坚持县委 / 年度高邑县司法局: the name starts where the region does.
            if (!name.StartsWith("中共", StringComparison.Ordinal))
            {
                var regionAt = RegionStart(name, context);
                if (regionAt > 0) { name = name[regionAt..]; from += regionAt; }
            }
            if (name.Length < 3 && !(name.Length == 2 && name[1] == '委' && name[0] is '县' or '区' or '市' or '旗')) continue;
            if (name.Length >= 3 && name[..2] is "上级" or "市局" or "省局" or "本局" or "我局") continue;
            // Keep 区政法委(司法局) together: the bracketed name is an alias of the same body.
            var close = organEnd;
            if (close < end && s[close] == '(')
            {
                var right = s.IndexOf(')', close, Math.Min(16, end - close));
                if (right > close && OrganWordScanner.Contains(s, close + 1, right)) close = right + 1;
            }
            found.Add(new Found(from, close, s[from..close]));
        }
        return found;
    }

    /// <summary>区政法委(司法局) → (区政法委, 区司法局); a name without brackets has no alias.</summary>
    public static (string Name, string? Alias) SplitAlias(string written)
    {
        var open = written.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !written.EndsWith(')')) return (written, null);
        var name = written[..open];
        var inner = written[(open + 1)..^1];
        var prefixEnd = name.Length;
        foreach (var organ in new[] { "政法委", "党工委", "管委会" })
        {
            var at = name.IndexOf(organ, StringComparison.Ordinal);
            if (at >= 0) { prefixEnd = at; break; }
        }
        return (name, name[..prefixEnd] + inner);
    }

    /// <summary>The name with its region: 县司法局 → 高邑县司法局, 应急管理局 → 高邑县应急管理局, 市司法局 → 石家庄市司法局.</summary>
    public static string Normalize(string name, ReportContext context)
    {
        if (context.Jurisdiction.Length == 0) return name;
        if (context.AliasPrefix(name) is { } alias) return context.Jurisdiction + name[alias.Length..];
        if (name.StartsWith("中共", StringComparison.Ordinal)) return name;
        if (name.StartsWith("市场", StringComparison.Ordinal)) return context.Jurisdiction + name;
        if (name.StartsWith(context.LevelWord, StringComparison.Ordinal)) return context.Jurisdiction + name[context.LevelWord.Length..];
        if (name.StartsWith('市') && context.ParentCity is { } city && city.EndsWith('市')) return city + name[1..];
        if (name[0] is '市' or '省' || name.StartsWith("自治区", StringComparison.Ordinal) || name.StartsWith("地区", StringComparison.Ordinal)) return name;
        foreach (var national in NationalPrefixes)
        {
            if (name.StartsWith(national, StringComparison.Ordinal)) return name;
        }
        if (MetadataReaderNames.NamesRegion(name)) return name;
        return context.Jurisdiction + name;
    }

    public static AgencyKind KindOf(string name)
    {
        if (name.Contains("检察院", StringComparison.Ordinal)) return AgencyKind.Procuratorate;
        if (name.Contains("法院", StringComparison.Ordinal)) return AgencyKind.Court;
        if (name.Contains("人大", StringComparison.Ordinal) || name.Contains("政协", StringComparison.Ordinal)) return AgencyKind.PeoplesCongress;
        if (name.EndsWith('委') || name.Contains("纪委", StringComparison.Ordinal) || name.Contains("编办", StringComparison.Ordinal) || name.Contains("委办", StringComparison.Ordinal) || name.StartsWith("中共", StringComparison.Ordinal)) return AgencyKind.Party;
        return AgencyKind.Government;
    }
}
