using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>Dates as reports write them: 2020年3月18日, or 5月18日 completed with the year just named or the report year.</summary>
internal static partial class DateReader
{
    [GeneratedRegex(@"(?:(?<y>(19|20)\d{2})\s*年\s*)?(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex DatePattern();

    public static List<(int Start, int End, DateOnly Date)> Find(string s, int start, int end, int reportYear)
    {
        var found = new List<(int, int, DateOnly)>();
        var year = reportYear;
        foreach (var m in DatePattern().EnumerateMatches(s.AsSpan(start, end - start)))
        {
            var match = DatePattern().Match(s, start + m.Index, m.Length);
            if (match.Groups["y"].Success) year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
            found.Add((match.Index, match.Index + match.Length, new DateOnly(year, month, day)));
        }
        return found;
    }
}
