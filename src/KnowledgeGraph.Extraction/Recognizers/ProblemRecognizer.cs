using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Shortcomings: each enumerated item of a problems section (1. … / 一是 … / (一) …), and anywhere outside the plans
/// each statement of problems found and rectified — 发现并整改问题34个; 发现一般隐患1271条,已整改1264条; 排查风险隐患88个.
/// </summary>
internal static partial class ProblemRecognizer
{
    [GeneratedRegex(@"(?<verb>发现并整改|发现并纠正|排查整改|发现|排查出|排查|查出|查找出|查摆出|查摆|梳理出)(?<what>[^,。;:\d]{0,14}?)(?<found>\d{1,7})\s?(?<unit>个|条|处|项|件|起|类)(?<noun>[^,。;:\d]{0,6})(?:(?<gap>[^。;]{0,40}?)(?:已整改|整改到位|已完成整改|完成整改|已销号|已办结)(?<rgap>[^。;\d]{0,6}?)(?<rect>\d{1,7})\s?(?:个|条|处|项|件|起|类))?")]
    private static partial Regex CountStatement();

    [GeneratedRegex(@"问题|隐患|风险点|不足|短板|漏洞|瑕疵|薄弱")]
    private static partial Regex ProblemNoun();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}是|\d{1,2}[.、]|[(]([一二三四五六七八九十]{1,3}|\d{1,2})[)]|首先|其次|再次|最后)[,]?")]
    private static partial Regex ItemMarker();

    private static readonly (string Category, string[] Words)[] Categories =
    [
        ("依法决策", ["决策"]),
        ("行政执法", ["执法", "应诉", "败诉"]),
        ("队伍与人才", ["人才", "队伍", "法制人员", "公职律师", "法律顾问", "人员"]),
        ("普法宣传", ["普法", "宣传", "学法"]),
        ("矛盾纠纷与信访", ["信访", "纠纷", "矛盾"]),
        ("监督考核", ["监督", "考评", "考核"]),
        ("法治社会", ["法治社会", "社会参与", "法治文化"]),
        ("隐患整改", ["隐患"]),
        ("认识与领导", ["认识", "重视", "站位", "组织领导", "主体地位", "思维"]),
    ];

    public static List<ProblemFact> Recognize(Analysis a)
    {
        var facts = new List<ProblemFact>();
        var items = new List<List<int>>();
        var itemIndex = new Dictionary<int, int>();
        var sectionHasItems = new HashSet<string>(StringComparer.Ordinal);
        var loose = new List<int>();

        for (var i = 0; i < a.Sentences.Count; i++)
        {
            var sentence = a.Sentences[i];
            if (sentence.Kind != SectionKind.Problems)
            {
                if (sentence.Kind != SectionKind.Plans) facts.AddRange(CountStatements(a, i));
                continue;
            }
            if (sentence.ItemId >= 0)
            {
                if (!itemIndex.TryGetValue(sentence.ItemId, out var k)) { k = items.Count; itemIndex[sentence.ItemId] = k; items.Add([]); }
                items[k].Add(i);
                sectionHasItems.Add(TopOf(sentence.SectionPath));
            }
            else
            {
                loose.Add(i);
            }
        }

        foreach (var item in items) facts.Add(FromItem(a, item));

        // A problems section written as plain sentences: every sentence but the lead-in is one problem.
        foreach (var i in loose)
        {
            var sentence = a.Sentences[i];
            if (sectionHasItems.Contains(TopOf(sentence.SectionPath)) || IsLeadIn(sentence.Text)) continue;
            facts.Add(FromItem(a, [i]));
        }
        return facts;
    }

    private static string TopOf(string path)
    {
        var cut = path.IndexOf(" > ", StringComparison.Ordinal);
        return cut < 0 ? path : path[..cut];
    }

    private static bool IsLeadIn(string text) =>
        text.EndsWith(':') || text.Contains("取得", StringComparison.Ordinal) || text.Contains("成绩", StringComparison.Ordinal) || text.Contains("成效", StringComparison.Ordinal) || text.Length < 6;

    private static ProblemFact FromItem(Analysis a, List<int> sentenceIndexes)
    {
        var first = a.Sentences[sentenceIndexes[0]];
        var last = a.Sentences[sentenceIndexes[^1]];
        var sb = new StringBuilder();
        foreach (var i in sentenceIndexes) sb.Append(a.Sentences[i].Text);
        var text = ItemMarker().Replace(sb.ToString(), string.Empty).Trim();
        if (text.EndsWith(';')) text = text[..^1] + "。";
        int? found = null, rectified = null;
        foreach (var i in sentenceIndexes)
        {
            foreach (var c in CountStatements(a, i))
            {
                found ??= c.Found;
                rectified ??= c.Rectified;
            }
        }
        return new ProblemFact
        {
            Text = text,
            Category = CategoryOf(text),
            Found = found,
            Rectified = rectified,
            Status = StatusOf(found, rectified),
            Evidence = [a.Text.EvidenceFor(first.Start, last.End)],
        };
    }

    private static IEnumerable<ProblemFact> CountStatements(Analysis a, int index)
    {
        var sentence = a.Sentences[index];
        var text = sentence.Text;
        if (!text.Contains('发', StringComparison.Ordinal) && !text.Contains('查', StringComparison.Ordinal) && !text.Contains('梳', StringComparison.Ordinal)) yield break;
        for (var m = CountStatement().Match(text); m.Success; m = m.NextMatch())
        {
            var noun = m.Groups["what"].Value + m.Groups["noun"].Value;
            if (!ProblemNoun().IsMatch(noun)) continue;
            var found = int.Parse(m.Groups["found"].ValueSpan, CultureInfo.InvariantCulture);
            int? rectified = m.Groups["rect"].Success ? int.Parse(m.Groups["rect"].ValueSpan, CultureInfo.InvariantCulture)
                : m.Groups["verb"].Value.Contains("整改", StringComparison.Ordinal) || m.Groups["verb"].Value.Contains("纠正", StringComparison.Ordinal) ? found : null;
            var quote = m.Value.TrimEnd(',', '(');
            if (!m.Groups["rect"].Success && m.Groups["noun"].Length > 0)
            {
                // 发现的111条问题和隐患提…: end the text at the last problem word after the number.
                var tail = m.Groups["noun"].Value;
                var last = ProblemNoun().Matches(tail);
                var keep = last.Count == 0 ? 0 : last[^1].Index + last[^1].Length;
                quote = m.Value[..(m.Value.Length - tail.Length + keep)];
            }
            yield return new ProblemFact
            {
                Text = quote,
                Category = CategoryOf(noun),
                Found = found,
                Rectified = rectified,
                Status = StatusOf(found, rectified),
                Evidence = [a.EvidenceOf(sentence)],
            };
        }
    }

    private static ProblemStatus StatusOf(int? found, int? rectified) => (found, rectified) switch
    {
        (int f, int r) when r >= f => ProblemStatus.Rectified,
        (_, int r) when r > 0 => ProblemStatus.Rectifying,
        _ => ProblemStatus.Open,
    };

    private static string? CategoryOf(string text)
    {
        foreach (var (category, words) in Categories)
        {
            foreach (var w in words)
            {
                if (text.Contains(w, StringComparison.Ordinal)) return category;
            }
        }
        return null;
    }
}
