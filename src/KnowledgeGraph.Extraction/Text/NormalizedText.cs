using System.Buffers;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// The cleaned copy of a report that recognizers read, with a map from every cleaned character back to the
/// original: cleaned[i] came from Original[OriginalStart[i]..OriginalEnd[i]) (the maps may be longer than the
/// cleaned text; entries past its end are unused). Evidence is always cut from the
/// original, so quotes stay byte-for-byte what the government published.
/// </summary>
public sealed class NormalizedText
{
    private int[] _originalStart;
    private int[] _originalEnd;
    private readonly bool _pooled;

    internal NormalizedText(string original, string text, int[] originalStart, int[] originalEnd, bool pooled = false)
    {
        Original = original;
        Text = text;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
        _pooled = pooled;
    }

    /// <summary>Gives rented maps back to the pool; the text cannot map offsets afterwards.</summary>
    internal void ReturnMaps()
    {
        if (!_pooled || _originalStart.Length == 0) return;
        ArrayPool<int>.Shared.Return(_originalStart);
        ArrayPool<int>.Shared.Return(_originalEnd);
        _originalStart = [];
        _originalEnd = [];
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>The original span [start, end) that the cleaned range [start, end) came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start >= end) throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a non-empty range of the cleaned text.");
        return (_originalStart[start], _originalEnd[end - 1]);
    }

    /// <summary>Evidence for the cleaned range [start, end): original offsets and the original text there.</summary>
    public Evidence EvidenceFor(int start, int end)
    {
        var (s, e) = ToOriginal(start, end);
        return new Evidence(s, e, Original[s..e]);
    }
}
