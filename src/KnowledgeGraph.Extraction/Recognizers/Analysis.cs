using KnowledgeGraph.Extraction.Metadata;
using KnowledgeGraph.Extraction.Structure;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>One report as the recognizers see it: cleaned text, sentences with sections, the titles each sentence cites.</summary>
internal sealed class Analysis
{
    public Analysis(NormalizedText text, ReportContext context, List<TextSentence> sentences)
    {
        Text = text;
        Context = context;
        Sentences = sentences;
        Titles = new List<CitedTitle>[sentences.Count];
        Evidence = new KnowledgeGraph.Domain.Facts.Evidence[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            Evidence[i] = text.EvidenceFor(sentence.Start, sentence.End);
            Titles[i] = sentence.Text.Contains('《', StringComparison.Ordinal) ? TitleScanner.Scan(text.Text, sentence.Start, sentence.End) : [];
        }
    }

    public NormalizedText Text { get; }

    /// <summary>The cleaned text (what every offset below refers to).</summary>
    public string S => Text.Text;

    public ReportContext Context { get; }

    public List<TextSentence> Sentences { get; }

    /// <summary>Titles cited in each sentence, in order.</summary>
    public List<CitedTitle>[] Titles { get; }

    /// <summary>True when [start, end) lies inside a cited title or its number.</summary>
    public bool InsideTitle(int sentenceIndex, int start, int end)
    {
        foreach (var t in Titles[sentenceIndex])
        {
            if (start < t.End && end > t.Start) return true;
        }
        return false;
    }

    /// <summary>Each sentence's evidence, cut from the original text once and shared by every fact it supports.</summary>
    public KnowledgeGraph.Domain.Facts.Evidence[] Evidence { get; }

    public KnowledgeGraph.Domain.Facts.Evidence EvidenceOf(TextSentence sentence) => Evidence[sentence.Index];
}
