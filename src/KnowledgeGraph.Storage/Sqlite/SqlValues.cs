using System.Globalization;
using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>How domain values are stored: dates as yyyy-MM-dd, enums as integers, decimals as invariant text.</summary>
internal static class SqlValues
{
    public static object Db(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture),
        _ => value,
    };

    public static string? Text(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? Int(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public static DateOnly? Date(this SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal Decimal(this SqliteDataReader r, int i) => decimal.Parse(r.GetString(i), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static T Enum<T>(this SqliteDataReader r, int i) where T : struct, Enum => (T)(object)r.GetInt32(i);

    public static DocNumber? Number(this SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : new DocNumber(r.GetString(i), r.GetInt32(i + 1), r.GetString(i + 2));
}
