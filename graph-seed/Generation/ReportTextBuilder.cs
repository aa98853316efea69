using System.Text;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// Writes a report line by line and remembers where every sentence landed, so the facts the generator states
/// carry exactly the evidence an extractor should find: [Start, End) over the final text, and its quote.
/// </summary>
internal sealed class ReportTextBuilder
{
    private readonly StringBuilder _text = new(8192);
    private readonly List<Sentence> _sentences = [];
    private string _chapter = string.Empty;
    private string _section = string.Empty;
    private SectionKind _kind = SectionKind.Other;
    private bool _lineOpen;

    public IReadOnlyList<Sentence> Sentences => _sentences;

    public void Line(string text)
    {
        CloseLine();
        _text.Append(text).Append('\n');
    }

    /// <summary>A chapter heading such as 一、…; it decides which part of the report the following sentences sit in.</summary>
    public void Chapter(string numeral, string title, SectionKind kind)
    {
        CloseLine();
        _chapter = numeral + "、";
        _section = string.Empty;
        _kind = kind;
        _text.Append(_chapter).Append(title).Append('\n');
    }

    /// <summary>A sub-heading such as (一)…, written on its own line.</summary>
    public void Section(string numeral, string title)
    {
        CloseLine();
        _section = "(" + numeral + ")";
        _text.Append(_section).Append(title).Append('\n');
    }

    /// <summary>Appends one sentence to the current paragraph and returns where it is.</summary>
    public Evidence Sentence(string sentence)
    {
        _lineOpen = true;
        var start = _text.Length;
        _text.Append(sentence);
        var end = _text.Length;
        var path = _section.Length == 0 ? _chapter : _chapter + " > " + _section;
        _sentences.Add(new Sentence(start, end, sentence, path, _kind));
        return new Evidence(start, end, sentence);
    }

    public void EndParagraph() => CloseLine();

    public string Build()
    {
        CloseLine();
        return _text.ToString();
    }

    private void CloseLine()
    {
        if (!_lineOpen) return;
        _text.Append('\n');
        _lineOpen = false;
    }
}
