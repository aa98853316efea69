using System.Text;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Title keys skip ICU normalization for plain text; the result must equal NFKC-then-drop-whitespace exactly.</summary>
public sealed class StableIdNormalizeTests
{
    private static string Reference(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The normalized text, or the exception type for code points ICU rejects (both must agree).</summary>
    private static string Outcome(Func<string> normalize)
    {
        try
        {
            return normalize();
        }
        catch (ArgumentException e)
        {
            return e.GetType().Name;
        }
    }

    [Fact]
    public void Every_single_character_normalizes_as_nfkc_without_whitespace()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            var s = "关于" + (char)c + "办法";
            Assert.Equal(Outcome(() => Reference(s)), Outcome(() => StableId.Normalize(s)));
        }
    }

    [Fact]
    public void Plain_characters_followed_by_combining_marks_still_compose()
    {
        foreach (var s in new[] { "e\u0301", "《A\u0308》", "法\u3099", "１２ 件", "关于 印发\u3000办法", "" })
        {
            Assert.Equal(Reference(s), StableId.Normalize(s));
        }
    }

    [Fact]
    public void Every_line_of_the_real_reports_normalizes_as_before()
    {
        foreach (var name in Reports.Names)
        {
            foreach (var line in File.ReadAllLines(Reports.PathOf(name)))
            {
                Assert.Equal(Reference(line), StableId.Normalize(line));
            }
        }
    }
}
