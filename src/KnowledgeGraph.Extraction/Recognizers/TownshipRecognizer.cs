using System.Buffers;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction.Structure;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Named townships (公田镇, 老庄子镇, XX乡, XX街道) and parks (XX工业园区, XX经济开发区). Collective words such as
/// 各乡镇, 示范乡镇, 城镇 or 下乡 are not names; counts such as 5个乡镇 are read with delegations.
/// </summary>
internal static partial class TownshipRecognizer
{
    [GeneratedRegex(@"(?<suffix>高新技术产业开发区|高新技术产业园区|经济技术开发区|街道办事处|街道|镇|乡|工业园区|产业园区|经济开发区|工业园|产业园)")]
    private static partial Regex Candidate();

    // Characters that never occur inside a township's own name. 村, 城, 园, 集, 中, 上, 下 and numerals do (城关镇,
    // 三河镇, 上村街道, 寿园乡, 黄集镇), so they are not here; the collectives they form (城乡, 送法下乡, 其中, 集中,
    // 集镇建设) are caught by boundaries and the checks below.
    private static readonly SearchValues<char> NotInName = SearchValues.Create("乡镇各全本该县区市省个街道示范重点特色所在基层和与及等到至从在对由将为是的了进送包联场");

    private static readonly SearchValues<char> BoundaryChars = SearchValues.Create(",、;:()“”《》。 \n");

    private static readonly string[] BoundaryWords = ["其中", "在", "和", "与", "及", "对", "由", "将", "向", "组织", "到", "赴", "深入", "指导", "选定", "确定", "以", "为", "如"];

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
                // 乡镇, 乡村, 乡(镇), 乡、镇: collective words (but 筻峪乡、月沟乡 lists two names).
                if (suffix == "乡" && (next is '镇' or '村' or '(' || next == '、' && suffixStart + m.Length + 1 < sentence.End && a.S[suffixStart + m.Length + 1] == '镇')) continue;
                if (suffix == "镇" && next == '化') continue; // 新型城镇化
                if (suffix == "镇" && suffixStart > sentence.Start && a.S[suffixStart - 1] == '集' && IsMarketTownWord(a.S, suffixStart + 1, sentence.End)) continue; // 集镇建设
                if (suffix == "乡" && suffixStart > sentence.Start && a.S[suffixStart - 1] is '下' or '城') continue; // 送法下乡, 城乡: not names
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

    private static readonly string[] MarketTownWords = ["建设", "管理", "环境", "规划", "整治", "治理", "改造"];

    /// <summary>集镇 followed by 建设/管理…: the collective "market towns", not a town named …集.</summary>
    private static bool IsMarketTownWord(string s, int from, int end)
    {
        foreach (var w in MarketTownWords)
        {
            if (from + w.Length <= end && s.AsSpan(from, w.Length).SequenceEqual(w)) return true;
        }
        return false;
    }

    /// <summary>The name must start right after a punctuation mark or a linking word; otherwise it is the tail of a longer phrase.</summary>
    private static string? TrimToBoundary(string s, int sentenceStart, int start, string name)
    {
        foreach (var c in name)
        {
            if (NotInName.Contains(c) || !SectionParser.IsHan(c)) return null;
        }
        if (name.Contains("集中", StringComparison.Ordinal)) return null;
        if (start == sentenceStart || BoundaryChars.Contains(s[start - 1])) return name;
        foreach (var w in BoundaryWords)
        {
            if (start - w.Length >= sentenceStart && s.AsSpan(start - w.Length, w.Length).SequenceEqual(w)) return name;
        }
        return null;
    }
}
