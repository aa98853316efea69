using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Neo4j.Client.Values;

/// <summary>
/// Cypher's DURATION keeps months, days and seconds apart (a month is not a fixed number of days), so it does
/// not fit TimeSpan. Wire form is ISO-8601 such as <c>P1Y2M14DT16H12M0.5S</c>.
/// </summary>
public sealed record Neo4jDuration(long Months, long Days, long Seconds, int Nanoseconds)
{
    public static Neo4jDuration FromTimeSpan(TimeSpan span)
    {
        var seconds = span.Ticks / TimeSpan.TicksPerSecond;
        var nanos = (int)(span.Ticks % TimeSpan.TicksPerSecond * 100);
        return new Neo4jDuration(0, 0, seconds, nanos);
    }

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("P");
        if (Months != 0) sb.Append(c, $"{Months}M");
        if (Days != 0) sb.Append(c, $"{Days}D");
        sb.Append('T');
        var totalNanos = (decimal)Seconds + Nanoseconds / 1_000_000_000m;
        sb.Append(totalNanos.ToString("0.#########", c)).Append('S');
        return sb.ToString();
    }

    /// <summary>Parses ISO-8601 durations as Neo4j prints them: P[nY][nM][nW][nD][T[nH][nM][n[.f]S]], signs allowed per part.</summary>
    public static Neo4jDuration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 2 || (text[0] != 'P' && text[0] != 'p'))
            throw new FormatException($"'{text}' is not an ISO-8601 duration such as P14DT16H12M.");

        long months = 0, days = 0;
        decimal seconds = 0;
        var inTime = false;
        var number = new StringBuilder();
        foreach (var ch in text.AsSpan(1))
        {
            if (char.IsAsciiDigit(ch) || ch is '.' or '-' or '+' or ',')
            {
                number.Append(ch == ',' ? '.' : ch);
                continue;
            }
            if (ch is 'T' or 't') { inTime = true; continue; }
            if (number.Length == 0) throw new FormatException($"'{text}' has a unit without a number.");
            var value = decimal.Parse(number.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            number.Clear();
            switch (char.ToUpperInvariant(ch), inTime)
            {
                case ('Y', false): months += (long)(value * 12); break;
                case ('M', false): months += (long)value; break;
                case ('W', false): days += (long)(value * 7); break;
                case ('D', false): days += (long)value; break;
                case ('H', true): seconds += value * 3600; break;
                case ('M', true): seconds += value * 60; break;
                case ('S', true): seconds += value; break;
                default: throw new FormatException($"'{text}' has an unexpected '{ch}'.");
            }
        }
        if (number.Length != 0) throw new FormatException($"'{text}' ends with a number without a unit.");

        var whole = decimal.Truncate(seconds);
        var nanos = (int)((seconds - whole) * 1_000_000_000m);
        return new Neo4jDuration(months, days, (long)whole, nanos);
    }
}
