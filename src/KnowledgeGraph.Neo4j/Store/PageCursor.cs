using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Neo4j.Store;

/// <summary>
/// Opaque Relay cursors: the position of a row in one sort. The sort's signature is inside, so a cursor made
/// under another sort (or by another backend) is refused instead of silently paging wrong.
/// </summary>
internal static class PageCursor
{
    private const string Prefix = "neo4j|";

    public static string Encode(string signature, long position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture) + "|" + signature));

    public static long Decode(string cursor, string signature)
    {
        string text;
        try { text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)); }
        catch (FormatException e) { throw new ArgumentException($"'{cursor}' is not a cursor of this list.", nameof(cursor), e); }
        var parts = text.Split('|', 3);
        if (parts.Length != 3 || parts[0] + "|" != Prefix || parts[2] != signature
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            throw new ArgumentException($"'{cursor}' is not a cursor of this list and sort.", nameof(cursor));
        }
        return position;
    }
}
