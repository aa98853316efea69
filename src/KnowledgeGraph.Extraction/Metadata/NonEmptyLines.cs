namespace KnowledgeGraph.Extraction.Metadata;

/// <summary>
/// The non-empty lines of a text, trimmed. Only their ranges are kept: metadata reads just the first and last few
/// lines, so a line becomes a string only when it is read.
/// </summary>
internal sealed class NonEmptyLines
{
    private readonly string _text;
    private readonly List<Range> _ranges = [];

    public NonEmptyLines(string text)
    {
        _text = text;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var (offset, length) = range.GetOffsetAndLength(text.Length);
            var line = text.AsSpan(offset, length);
            var start = offset + (length - line.TrimStart().Length);
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty) _ranges.Add(new Range(start, start + trimmed.Length));
        }
    }

    public int Count => _ranges.Count;

    public string this[int index] => _text[_ranges[index]];
}
