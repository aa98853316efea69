using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Named townships (公田镇, 老庄子镇, XX乡, XX街道) and parks (XX工业园区, XX经济开发区). Collective words such as
/// 各乡镇, 示范乡镇, 城镇 or 下乡 are not names; counts such as 5个乡镇 are read with delegations.
/// </summary>
internal static partial class TownshipRecognizer
{
    [GeneratedRegex(@"(?<suffix>街道办事处|街道|镇|乡|工业园区|产业园区|经济开发区|工业园|产业园)")]
    private static partial Regex Candidate();

    private const string NotInName = "乡镇城村下各全本该县区市省个街道示范重点特色所在基层集中和与及等到至从在对由将为是的了进送包联场中一二三四五六七八九十城园";

    private const string BoundaryChars = ",、;:()“”《》。 \n";

    private static readonly string[] BoundaryWords = ["在", "和", "与", "及", "对", "由", "将", "组织", "到", "赴", "深入", "指导", "选定", "确定", "以", "为", "如"];

    public static List<TownshipFact> Recognize(Analysis a)
    {
        var byName = new Dictionary<string, (TownshipFact Fact, List<Evidence> Evidence)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < a.Sentences.Count; i++)
        {
            var sentence = a.Sentences[i];
            foreach (var m in Candidate().EnumerateMatches(a.S.AsSpan(sentence.Start, sentence.End - sentence.Start)))
            {
                var suffixStart = sentence.Start + m.Index;
                var suffix = a.S.Substring(suffixStart, m.Length);
                var next = suffixStart + m.Length < sentence.End ? a.S[suffixStart + m.Length] : ' ';
                if (suffix == "乡" && next is '镇' or '村' or '(' or '、') continue; // 乡镇, 乡村, 乡(镇): collective words
                string? name = null;
                var start = suffixStart;
                for (var len = 2; len <= 5 && suffixStart - len >= sentence.Start; len++)
                {
                    start = suffixStart - len;
                    name = TrimToBoundary(a.S, sentence.Start, start, a.S.Substring(start, len));
                    if (name is not null) break;
                }
                if (name is null) continue;
                var full = name + suffix;
                if (full == a.Context.Jurisdiction || a.InsideTitle(i, start, suffixStart + m.Length)) continue;
                var evidence = a.EvidenceOf(sentence);
                if (!byName.TryGetValue(full, out var entry))
                {
                    var level = suffix.Contains('园', StringComparison.Ordinal) || suffix.Contains("开发区", StringComparison.Ordinal) ? RegionLevel.Zone : RegionLevel.Township;
                    entry = (new TownshipFact { Name = full, Level = level }, []);
                    byName[full] = entry;
                    order.Add(full);
                }
                if (!entry.Evidence.Contains(evidence)) entry.Evidence.Add(evidence);
            }
        }
        return order.Select(n => byName[n].Fact with { Evidence = byName[n].Evidence }).ToList();
    }

    /// <summary>The name must start right after a punctuation mark or a linking word; otherwise it is the tail of a longer phrase.</summary>
    private static string? TrimToBoundary(string s, int sentenceStart, int start, string name)
    {
        foreach (var c in name)
        {
            if (NotInName.Contains(c, StringComparison.Ordinal)) return null;
        }
        if (start == sentenceStart || BoundaryChars.Contains(s[start - 1], StringComparison.Ordinal)) return name;
        foreach (var w in BoundaryWords)
        {
            if (start - w.Length >= sentenceStart && s.AsSpan(start - w.Length, w.Length).SequenceEqual(w)) return name;
        }
        return null;
    }
}
