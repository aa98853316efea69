using System.Globalization;

namespace KnowledgeGraph.Neo4j.Client.Values;

/// <summary>A spatial point; wire form <c>SRID=4326;POINT (x y)</c> or <c>SRID=4979;POINT Z (x y z)</c>.</summary>
public sealed record Neo4jPoint(int Srid, double X, double Y, double? Z = null)
{
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        return Z is { } z
            ? string.Create(c, $"SRID={Srid};POINT Z ({X:R} {Y:R} {z:R})")
            : string.Create(c, $"SRID={Srid};POINT ({X:R} {Y:R})");
    }

    public static Neo4jPoint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        if (!text.StartsWith("SRID=", StringComparison.OrdinalIgnoreCase) || semicolon < 0 || open < semicolon || close < open)
            throw new FormatException($"'{text}' is not a point such as SRID=4326;POINT (1.5 2.5).");

        var srid = int.Parse(text.AsSpan(5, semicolon - 5), NumberStyles.Integer, CultureInfo.InvariantCulture);
        var coords = text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        return coords.Length switch
        {
            2 => new Neo4jPoint(srid, coords[0], coords[1]),
            3 => new Neo4jPoint(srid, coords[0], coords[1], coords[2]),
            _ => throw new FormatException($"'{text}' has {coords.Length} coordinates; a point has 2 or 3."),
        };
    }
}
