using System.Collections;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Neo4j.Client.Values;

namespace KnowledgeGraph.Neo4j.Client;

/// <summary>
/// Writes query parameters as typed JSON so Neo4j receives real INTEGER, DATE, DURATION … values instead of strings.
/// Accepted: null, bool, string, char, enums (as their name), integral types, float/double/decimal, DateOnly,
/// TimeOnly, DateTime (Unspecified/Local → LocalDateTime, Utc → OffsetDateTime), DateTimeOffset, TimeSpan,
/// byte[], the Neo4j value records, dictionaries with string keys and any other IEnumerable (as a list).
/// </summary>
public static class TypedJsonWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var c = CultureInfo.InvariantCulture;
        switch (value)
        {
            case null: Typed(writer, "Null", w => w.WriteNullValue()); break;
            case bool b: Typed(writer, "Boolean", w => w.WriteBooleanValue(b)); break;
            case string s: Str(writer, "String", s); break;
            case char ch: Str(writer, "String", ch.ToString()); break;
            case Enum e: Str(writer, "String", e.ToString()); break;
            case sbyte or byte or short or ushort or int or uint or long:
                Str(writer, "Integer", Convert.ToInt64(value, c).ToString(c)); break;
            case ulong ul: Str(writer, "Integer", checked((long)ul).ToString(c)); break;
            case float f: Str(writer, "Float", FloatText(f)); break;
            case double d: Str(writer, "Float", FloatText(d)); break;
            case decimal m: Str(writer, "Float", FloatText((double)m)); break;
            case DateOnly date: Str(writer, "Date", date.ToString("yyyy-MM-dd", c)); break;
            case TimeOnly time: Str(writer, "LocalTime", time.ToString("HH:mm:ss.FFFFFFF", c).TrimEnd('.')); break;
            case DateTime { Kind: DateTimeKind.Utc } utc: Str(writer, "OffsetDateTime", utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", c).Replace(".Z", "Z", StringComparison.Ordinal)); break;
            case DateTime local: Str(writer, "LocalDateTime", local.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", c).TrimEnd('.')); break;
            case DateTimeOffset dto: Str(writer, "OffsetDateTime", dto.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", c).Replace(".+", "+", StringComparison.Ordinal).Replace(".-", "-", StringComparison.Ordinal)); break;
            case Neo4jZonedDateTime z: Str(writer, "ZonedDateTime", z.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", c).Replace(".+", "+", StringComparison.Ordinal).Replace(".-", "-", StringComparison.Ordinal) + "[" + z.ZoneId + "]"); break;
            case Neo4jOffsetTime ot: Str(writer, "Time", ot.Time.ToString("HH:mm:ss.FFFFFFF", c).TrimEnd('.') + FormatOffset(ot.Offset)); break;
            case TimeSpan span: Str(writer, "Duration", Neo4jDuration.FromTimeSpan(span).ToString()); break;
            case Neo4jDuration duration: Str(writer, "Duration", duration.ToString()); break;
            case Neo4jPoint point: Str(writer, "Point", point.ToString()); break;
            case byte[] bytes: Str(writer, "Base64", Convert.ToBase64String(bytes)); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map); break;
            case IDictionary<string, object?> dict: WriteMap(writer, dict.AsReadOnly()); break;
            case IEnumerable list:
                writer.WriteStartObject();
                writer.WriteString("$type", "List");
                writer.WritePropertyName("_value");
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, item);
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"A Neo4j parameter cannot be a {value.GetType().Name}; pass a dictionary for maps.", nameof(value));
        }
    }

    public static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        writer.WriteStartObject();
        writer.WriteString("$type", "Map");
        writer.WritePropertyName("_value");
        WriteProperties(writer, map);
        writer.WriteEndObject();
    }

    /// <summary>A plain JSON object whose members are typed values: the shape of the request's "parameters".</summary>
    public static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }
        writer.WriteEndObject();
    }

    private static void Typed(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> value)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        value(writer);
        writer.WriteEndObject();
    }

    private static void Str(Utf8JsonWriter writer, string type, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WriteString("_value", value);
        writer.WriteEndObject();
    }

    private static string FloatText(double d) => d switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => d.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string FormatOffset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
