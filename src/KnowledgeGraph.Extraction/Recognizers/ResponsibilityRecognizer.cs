using System.Buffers;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Who answers for what, only where the text names the holder: 党政主要负责人履行推进法治建设第一责任人职责,
/// 区委书记、区长…第一责任人; 由县政府办牵头; 区政法委统筹协调; 区法院、检察院、财政局为成员单位; 将网信办、气象局纳入
/// “双随机”成员单位; 由X承办. Role nouns with no holder (各承办单位, 落实第一责任人职责) are not facts. One fact per
/// holder and role, with every sentence that states it as evidence.
/// </summary>
internal static partial class ResponsibilityRecognizer
{
    [GeneratedRegex(@"第一责任人")]
    private static partial Regex FirstResponsibleWord();

    // The region word belongs to the holder: 县政府主要负责人, 区委主要负责同志; a zone's organs too: 新区党工委、管委会主要负责人.
    // (Every alternative starts with a fixed word, so the regex keeps a first-character filter: no free CJK prefix.)
    private const string PersonHolderPattern = @"(党政|[县区市旗州]?政府|[县区市旗州]委|党委|党组|行政|(?:高新区|开发区|新区|园区|片区)?(?:党工委|管委会)(?:、(?:党工委|管委会))?)?主要负责(人|同志)|主要领导|[县区市旗州]委书记|(?<![\p{IsCJKUnifiedIdeographs}])[县区市旗州]长|(?<=、)[县区市旗州]长|一把手";

    [GeneratedRegex(PersonHolderPattern)]
    private static partial Regex PersonHolder();

    // The same, only where the search starts: whether a person holder starts right there, without scanning the rest.
    [GeneratedRegex(@"\G(?:" + PersonHolderPattern + ")")]
    private static partial Regex PersonHolderHere();

    [GeneratedRegex(@"(?<role>牵头|统筹协调|承办)(?:负责|组织|实施|落实)?")]
    private static partial Regex VerbRole();

    [GeneratedRegex(@"(?<holders>[\p{IsCJKUnifiedIdeographs}、()]{2,60}?)(?:为|作为|是)(?:[^,。;]{0,8}?)成员单位")]
    private static partial Regex MembersBefore();

    [GeneratedRegex(@"将(?<holders>[\p{IsCJKUnifiedIdeographs}、()]{2,60}?)(?:纳入|列为|列入|吸收为)[^,。;]{0,12}?成员单位")]
    private static partial Regex MembersAdded();

    [GeneratedRegex(@"成员单位(?:包括|为|有)(?<holders>[\p{IsCJKUnifiedIdeographs}、()]{2,60}?)(?=[,。;等]|$)")]
    private static partial Regex MembersAfter();

    [GeneratedRegex(@"(?<holder>[\p{IsCJKUnifiedIdeographs}]{2,16})为(?<role>牵头|承办)单位")]
    private static partial Regex RoleUnit();

    [GeneratedRegex(@"(局|办|委|院|部|中心|厅|所|队|站|政府|分局|部门|机关|小组|公司|室|处|科|会|团|社|单位)$")]
    private static partial Regex BodyEnd();

    private static readonly SearchValues<char> Breaks = SearchValues.Create(",;:。、()“”《》 ");

    private static readonly string[] LeadingWords = ["明确由", "统一由", "主要由", "均由", "并由", "由", "明确", "其中", "并", "同时", "以", "实行"];

    private static readonly string[] TrailingWords = ["具体负责", "主要负责", "全面负责", "负责", "具体", "统一"];

    // 依法治区办充分发挥统筹协调作用, 切实履行牵头职责: the verb of 发挥…作用 / 履行…职责 and its adverb sit between holder and role.
    private static readonly string[] DutyVerbs = ["发挥", "履行", "承担", "担负", "落实"];

    private static readonly string[] DutyAdverbs = ["充分", "切实", "认真", "积极", "有效", "全面", "更好", "更好地", "着力"];

    private sealed class Builder
    {
        public required string Holder;
        public ResponsibilityRole Role;
        public string? Task;
        public readonly List<Evidence> Evidence = [];
    }

    public static List<ResponsibilityFact> Recognize(Analysis a)
    {
        var found = new Dictionary<(string, ResponsibilityRole), Builder>();
        var order = new List<Builder>();
        void Add(string holder, ResponsibilityRole role, string? task, Evidence evidence)
        {
            holder = holder.Trim('、', '(', ')');
            if (holder.Length < 2) return;
            if (!found.TryGetValue((holder, role), out var b))
            {
                b = new Builder { Holder = holder, Role = role, Task = task };
                found[(holder, role)] = b;
                order.Add(b);
            }
            b.Task ??= task;
            if (!b.Evidence.Contains(evidence)) b.Evidence.Add(evidence);
        }

        for (var i = 0; i < a.Sentences.Count; i++)
        {
            var sentence = a.Sentences[i];
            var text = sentence.Text;
            var hasFirst = text.Contains("第一责任人", StringComparison.Ordinal);
            var hasVerb = text.Contains("牵头", StringComparison.Ordinal) || text.Contains("统筹协调", StringComparison.Ordinal) || text.Contains("承办", StringComparison.Ordinal);
            var hasMembers = text.Contains("成员单位", StringComparison.Ordinal);
            if (!hasFirst && !hasVerb && !hasMembers) continue;
            var evidence = a.EvidenceOf(sentence);
            bool Outside(int index, int length) => !a.InsideTitle(i, sentence.Start + index, sentence.Start + index + length);

            foreach (Match m in FirstResponsibleWord().Matches(text))
            {
                if (!Outside(m.Index, m.Length)) continue;
                var clauseStart = ClauseStart(text, m.Index, allowEnumeration: false);
                var window = text[clauseStart..m.Index];
                var holders = PersonHolder().Matches(window);
                if (holders.Count == 0) continue;
                var last = holders[^1];
                var task = Task(window[(last.Index + last.Length)..]);
                foreach (Match h in holders) Add(h.Value, ResponsibilityRole.FirstResponsible, task, evidence);
            }

            foreach (Match m in VerbRole().Matches(text))
            {
                if (!Outside(m.Index, m.Length)) continue;
                if (m.Index + m.Length < text.Length && text[m.Index + m.Length] is '单' or '人' or '部' && text.AsSpan(m.Index + m.Length).StartsWith("单位", StringComparison.Ordinal)) continue;
                var clauseStart = ClauseStart(text, m.Index, allowEnumeration: false);
                var holder = StripTrailing(StripLeading(text[clauseStart..m.Index]));
                // 由主要负责人牵头: a person leads as well as a body does.
                if (holder.Length < 2 || !BodyEnd().IsMatch(holder) && !IsPerson(holder) || holder.StartsWith('各')) continue;
                var role = m.Groups["role"].Value switch { "牵头" => ResponsibilityRole.Lead, "统筹协调" => ResponsibilityRole.Coordinate, _ => ResponsibilityRole.Undertake };
                Add(holder, role, TaskAfter(text, m.Index + m.Length), evidence);
            }

            foreach (Match m in hasVerb ? RoleUnit().Matches(text) : Enumerable.Empty<Match>())
            {
                var holder = StripLeading(m.Groups["holder"].Value);
                if (!BodyEnd().IsMatch(holder)) continue;
                Add(holder, m.Groups["role"].Value == "牵头" ? ResponsibilityRole.Lead : ResponsibilityRole.Undertake, null, evidence);
            }

            if (!hasMembers) continue;
            foreach (var regex in new[] { MembersAdded(), MembersBefore(), MembersAfter() })
            {
                foreach (Match m in regex.Matches(text))
                {
                    var g = m.Groups["holders"];
                    if (!Outside(g.Index, g.Length)) continue;
                    var list = g.Value;
                    var cut = list.LastIndexOfAny([',', ';']);
                    if (cut >= 0) list = list[(cut + 1)..];
                    foreach (var part in list.Split('、'))
                    {
                        var holder = StripLeading(part);
                        if (holder.Length >= 2 && BodyEnd().IsMatch(holder) && !holder.StartsWith('各')) Add(holder, ResponsibilityRole.Member, null, evidence);
                    }
                }
            }
        }
        return order.Select(b => new ResponsibilityFact { Holder = b.Holder, Role = b.Role, Task = b.Task, Evidence = b.Evidence }).ToList();
    }

    private static int ClauseStart(string text, int at, bool allowEnumeration)
    {
        var i = at;
        while (i > 0 && !Breaks.Contains(text[i - 1]) || (i > 0 && !allowEnumeration && text[i - 1] == '、' && IsPersonList(text, i)))
            i--;
        return i;
    }

    // 区委书记、区长: a list of person holders is one clause.
    private static bool IsPersonList(string text, int afterComma) => PersonHolderHere().IsMatch(text.AsSpan(), afterComma);

    private static string StripLeading(string holder)
    {
        var h = holder.Trim();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var w in LeadingWords)
            {
                if (h.Length > w.Length + 1 && h.StartsWith(w, StringComparison.Ordinal)) { h = h[w.Length..]; changed = true; }
            }
        }
        return h;
    }

    /// <summary>县政府办公室负责统筹协调…: the duty word between holder and role is not part of the holder.</summary>
    private static string StripTrailing(string holder)
    {
        // …工作由区司法局具体负责统筹协调: the holder is what follows 由.
        var by = holder.LastIndexOf('由');
        if (by >= 0 && holder.Length - by > 2) holder = holder[(by + 1)..];
        holder = StripEnd(holder, DutyVerbs);
        holder = StripEnd(holder, DutyAdverbs);
        return StripEnd(holder, TrailingWords);
    }

    private static string StripEnd(string holder, string[] words)
    {
        foreach (var w in words)
        {
            if (holder.Length > w.Length + 1 && holder.EndsWith(w, StringComparison.Ordinal)) return holder[..^w.Length];
        }
        return holder;
    }

    private static bool IsPerson(string holder) => PersonHolder().Match(holder) is { Success: true } m && m.Index == 0 && m.Length == holder.Length;

    private static string? Task(string between)
    {
        var t = between;
        foreach (var w in new[] { "坚决", "切实", "认真", "严格", "履行", "落实", "扛劳", "扛牢", "扛起", "担负", "担起", "的" })
        {
            t = t.Replace(w, string.Empty, StringComparison.Ordinal);
        }
        return t.Length >= 2 ? t : null;
    }

    private static string? TaskAfter(string text, int from)
    {
        var end = from;
        while (end < text.Length && !Breaks.Contains(text[end]) && end - from < 30) end++;
        var t = text[from..end].TrimStart(',');
        // 发挥统筹协调作用: 作用/职责 close the duty phrase, they are not a task.
        if (t is "作用" or "职责" or "职能" or "的作用" or "的职责") return null;
        return t.Length >= 2 ? t : null;
    }
}
