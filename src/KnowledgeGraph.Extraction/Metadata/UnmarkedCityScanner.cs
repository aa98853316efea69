namespace KnowledgeGraph.Extraction.Metadata;

/// <summary>
/// A prefecture named without title marks or an organ after it, in front of the genre's topic words:
/// "2020年是武汉市法治政府建设实施方案收官之年" names 武汉市. The name is the 2–4 Chinese characters before 市, with the
/// function words that precede a name in running text (年是, 按照, 在 …) peeled off its front.
/// </summary>
internal static class UnmarkedCityScanner
{
    private static readonly string[] Topics = ["市法治政府建设", "市法治建设", "市依法行政", "市全面依法治市"];

    // Characters that end the clause before a name or glue it to the sentence; none starts a prefecture's name.
    private const string Glue = "年是在为的和与及对向按照据由将把从了即经及至于等";

    private const int MaxName = 4;

    /// <summary>Distinct names found, in order of first mention.</summary>
    public static List<string> Names(string text)
    {
        var names = new List<string>();
        foreach (var topic in Topics)
        {
            for (var at = text.IndexOf(topic, StringComparison.Ordinal); at >= 0; at = text.IndexOf(topic, at + topic.Length, StringComparison.Ordinal))
            {
                var start = at;
                while (start > 0 && at - start < MaxName + 2 && CityWithOrganScanner.IsCjk(text[start - 1])) start--;
                while (start < at && Glue.Contains(text[start], StringComparison.Ordinal)) start++;
                if (at - start is < 2 or > MaxName) continue;
                var name = text[start..(at + 1)];
                if (!names.Contains(name)) names.Add(name);
            }
        }
        return names;
    }
}
