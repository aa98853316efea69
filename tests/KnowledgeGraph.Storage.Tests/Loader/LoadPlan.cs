using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Loader;

/// <summary>
/// A deterministic multi-report load for crash and concurrency tests: the hand-built reports re-dated to a run of
/// years (each year is a different report), each carrying every sentence of its text so a load takes real work.
/// </summary>
public static class LoadPlan
{
    public static IReadOnlyList<ReportFacts> Reports(int count)
    {
        var bases = HandBuiltReports.All().Select(WithAllSentences).ToList();
        return Enumerable.Range(0, count).Select(i =>
        {
            var b = bases[i % bases.Count];
            return b with { Report = b.Report with { Year = 1990 + i }, OriginalText = b.OriginalText + "\n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }).ToList();
    }

    private static ReportFacts WithAllSentences(ReportFacts facts)
    {
        var sentences = new List<Sentence>();
        var text = facts.OriginalText;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('。' or '\n')) continue;
            var end = text[i] == '。' ? i + 1 : i;
            if (end - start > 1) sentences.Add(new Sentence(start, end, text[start..end], "", SectionKind.Other));
            start = i + 1;
        }
        return facts with { Sentences = sentences };
    }
}
