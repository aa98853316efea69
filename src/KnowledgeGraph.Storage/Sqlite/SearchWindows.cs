using System.Text;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The FTS5 MATCH expression for a search over the window indexes of migration 004, whose documents are a text's
/// 3-character windows written as words (行政执法 → 行政执 政执法 执法 法) under the ascii tokenizer.
/// </summary>
internal static class SearchWindows
{
    /// <summary>Window length of the index; shorter queries are prefixes of some window.</summary>
    public const int Length = 3;

    /// <summary>
    /// At most this many windows are looked up: any subset of the cover still finds every hit (instr() decides), and
    /// a pasted paragraph should not become a thousand-term expression.
    /// </summary>
    private const int MaxWindows = 16;

    /// <summary>
    /// 1–2 characters: a prefix query on the query itself ("乡镇"*, served by prefix='1 2'); 3 or more: windows that
    /// cover the query without overlap (at 0, 3, 6 … and the last at length − 3), plus one window across each seam
    /// between two cover windows (at 1, 4, 7 …), ANDed. The cover alone lets a text that holds its windows apart pass
    /// the index and fail only at instr(): 政执法管理办 matched 13,871 document titles holding 政执法 and 管理办 at
    /// national scale, 1,706 of them the query, and read 11.6 ms of them before 20 hits; with the seam window 执法管 the
    /// index returns almost only real hits (0.9 ms). Every other overlapping window would add a doclist seek per
    /// candidate and little selectivity (a rare 8-character agency name 7–10 ms with every window, 1.5–2 ms without).
    /// The ascii tokenizer splits a window at ASCII spaces and punctuation, as it did when indexing, so each window
    /// contributes its pieces; a text holding the query holds every piece, so the expression never loses a hit.
    /// Null when nothing indexable is left (a query of ASCII punctuation and spaces only). Pieces hold only letters,
    /// digits and non-ASCII characters, so quoting them needs no escaping.
    /// </summary>
    public static string? Match(string query)
    {
        var runes = query.EnumerateRunes().Select(r => r.ToString()).ToArray();
        var terms = new List<string>();
        if (runes.Length < Length)
        {
            foreach (var piece in Pieces(string.Concat(runes))) terms.Add("\"" + piece + "\" *");
        }
        else
        {
            foreach (var start in Starts(runes.Length).Take(MaxWindows))
            {
                foreach (var piece in Pieces(string.Concat(runes[start..(start + Length)]))) terms.Add("\"" + piece + "\"");
            }
        }
        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join(" AND ", distinct);
    }

    /// <summary>
    /// Window starts in query order: the cover (0, 3, 6 …, last at length − 3) and, between two cover windows that do
    /// not overlap, the seam window one character after the first of them.
    /// </summary>
    private static IEnumerable<int> Starts(int length)
    {
        var cover = Enumerable.Range(0, (length + Length - 1) / Length).Select(i => Math.Min(i * Length, length - Length)).Distinct().ToList();
        for (var i = 0; i < cover.Count; i++)
        {
            yield return cover[i];
            if (i + 1 < cover.Count && cover[i + 1] >= cover[i] + Length) yield return cover[i] + 1;
        }
    }

    /// <summary>The words the ascii tokenizer makes of a window: runs of ASCII letters and digits and non-ASCII characters.</summary>
    private static IEnumerable<string> Pieces(string window)
    {
        var piece = new StringBuilder();
        foreach (var c in window)
        {
            if (c > 0x7F || char.IsAsciiLetterOrDigit(c))
            {
                piece.Append(c);
            }
            else if (piece.Length > 0)
            {
                yield return piece.ToString();
                piece.Clear();
            }
        }
        if (piece.Length > 0) yield return piece.ToString();
    }
}
