namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// A list of words (verbs before a name, say) searched for the end of their last occurrences: what a
/// LastIndexOf per word finds, in one backward pass over the text — walking backwards, the first time a word is met
/// is its last occurrence. Names are short and the lists long, so this replaces dozens of searches per name.
/// </summary>
internal sealed class LastWord
{
    private readonly string[] _words;
    private readonly Dictionary<char, int[]> _byFirstChar;

    public LastWord(IEnumerable<string> words)
    {
        _words = words.ToArray();
        _byFirstChar = Enumerable.Range(0, _words.Length).GroupBy(i => _words[i][0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>
    /// The greatest end of a word's last occurrence in <paramref name="text"/> that leaves at least
    /// <paramref name="minRemaining"/> characters after it, or 0. (A word whose last occurrence leaves fewer does
    /// not count, even when an earlier occurrence would.)
    /// </summary>
    public int LastEnd(string text, int minRemaining)
    {
        var cut = 0;
        Span<bool> seen = stackalloc bool[_words.Length];
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!_byFirstChar.TryGetValue(text[i], out var indexes)) continue;
            foreach (var k in indexes)
            {
                if (seen[k]) continue;
                var word = _words[k];
                if (!text.AsSpan(i).StartsWith(word, StringComparison.Ordinal)) continue;
                seen[k] = true;
                if (text.Length - (i + word.Length) >= minRemaining) cut = Math.Max(cut, i + word.Length);
            }
        }
        return cut;
    }
}
