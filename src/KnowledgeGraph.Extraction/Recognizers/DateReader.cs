using System.Globalization;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Dates as reports write them: 2020年3月18日, or 5月18日 completed with the year just named or the report year.
/// A scan from each 月 instead of the regex it replaces, (?:(19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日 found
/// left to right: every part has one way to match (a digit never ends a run of spaces or precedes 月/日 in a shorter
/// match), so the month is the one or two digits before 月 and the date starts at its year when one is written.
/// </summary>
internal static class DateReader
{
    public static List<(int Start, int End, DateOnly Date)> Find(string s, int start, int end, int reportYear)
    {
        var found = new List<(int, int, DateOnly)>();
        var year = reportYear;
        var from = start; // a date never starts inside the previous one
        for (var yue = s.IndexOf('月', start, end - start); yue >= 0; yue = yue + 1 < end ? s.IndexOf('月', yue + 1, end - yue - 1) : -1)
        {
            if (ReadAt(s, from, end, yue) is not var (dateStart, dateEnd, y, monthSpan, daySpan)) continue;
            from = dateEnd;
            if (y is var (ys, yl)) year = int.Parse(s.AsSpan(ys, yl), CultureInfo.InvariantCulture);
            var month = int.Parse(s.AsSpan(monthSpan.Start, monthSpan.Length), CultureInfo.InvariantCulture);
            var day = int.Parse(s.AsSpan(daySpan.Start, daySpan.Length), CultureInfo.InvariantCulture);
            if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
            found.Add((dateStart, dateEnd, new DateOnly(year, month, day)));
        }
        return found;
    }

    /// <summary>The date around the 月 at <paramref name="yue"/>, inside [from, end): its range and the (start, length) of year, month and day.</summary>
    private static (int Start, int End, (int, int)? Year, (int Start, int Length) Month, (int Start, int Length) Day)? ReadAt(string s, int from, int end, int yue)
    {
        // Month: one or two digits, then spaces, then 月.
        var monthEnd = yue;
        while (monthEnd > from && char.IsWhiteSpace(s[monthEnd - 1])) monthEnd--;
        var monthStart = monthEnd;
        while (monthStart > from && monthEnd - monthStart < 2 && char.IsDigit(s[monthStart - 1])) monthStart--;
        if (monthStart == monthEnd) return null;

        // Day: spaces, one or two digits, spaces, 日.
        var at = yue + 1;
        while (at < end && char.IsWhiteSpace(s[at])) at++;
        var dayStart = at;
        while (at < end && at - dayStart < 2 && char.IsDigit(s[at])) at++;
        var dayEnd = at;
        if (dayEnd == dayStart) return null;
        while (at < end && char.IsWhiteSpace(s[at])) at++;
        if (at >= end || s[at] != '日') return null;

        var year = YearStart(s, from, monthStart);
        return (year ?? monthStart, at + 1, year is int y ? (y, 4) : null, (monthStart, monthEnd - monthStart), (dayStart, dayEnd - dayStart));
    }

    /// <summary>Where "(19|20)dd 年 " written right before the month at <paramref name="monthStart"/> starts, or null.</summary>
    private static int? YearStart(string s, int from, int monthStart)
    {
        var at = monthStart;
        while (at > from && char.IsWhiteSpace(s[at - 1])) at--;
        if (at <= from || s[at - 1] != '年') return null;
        at--;
        while (at > from && char.IsWhiteSpace(s[at - 1])) at--;
        var ys = at - 4;
        if (ys < from) return null;
        return (s[ys] == '1' && s[ys + 1] == '9' || s[ys] == '2' && s[ys + 1] == '0') && char.IsDigit(s[ys + 2]) && char.IsDigit(s[ys + 3]) ? ys : null;
    }
}
