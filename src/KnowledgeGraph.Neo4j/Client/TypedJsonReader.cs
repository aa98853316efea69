using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Neo4j.Client.Errors;
using KnowledgeGraph.Neo4j.Client.Values;

namespace KnowledgeGraph.Neo4j.Client;

/// <summary>
/// Maps the Query API's typed JSON (<c>{"$type": "...", "_value": ...}</c>) into .NET values:
/// Integer→long, Float→double, String→string, Boolean→bool, Null→null, List→IReadOnlyList&lt;object?&gt;,
/// Map→IReadOnlyDictionary&lt;string, object?&gt;, Date→DateOnly, LocalTime→TimeOnly, Time→<see cref="Neo4jOffsetTime"/>,
/// OffsetDateTime→DateTimeOffset, ZonedDateTime→<see cref="Neo4jZonedDateTime"/>, LocalDateTime→DateTime (Unspecified),
/// Duration→<see cref="Neo4jDuration"/>, Point→<see cref="Neo4jPoint"/>, Base64→byte[], Node, Relationship, Path.
/// Sub-microsecond digits beyond .NET's 100 ns tick are truncated.
/// </summary>
public static class TypedJsonReader
{
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new Neo4jProtocolException($"Expected a typed JSON value {{\"$type\", \"_value\"}}, got {element.ValueKind}: {Truncate(element.GetRawText())}");
        }

        var type = typeElement.GetString()!;
        if (!element.TryGetProperty("_value", out var value))
            throw new Neo4jProtocolException($"Typed JSON value of type {type} has no _value.");

        try
        {
            return type switch
            {
                "Null" => null,
                "Boolean" => value.GetBoolean(),
                "Integer" => value.ValueKind == JsonValueKind.String
                    ? long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
                    : value.GetInt64(),
                "Float" => ReadFloat(value),
                "String" => value.GetString(),
                "Base64" => Convert.FromBase64String(value.GetString()!),
                "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                "LocalTime" => TimeOnly.Parse(TrimFraction(value.GetString()!), CultureInfo.InvariantCulture),
                "Time" => ReadOffsetTime(value.GetString()!),
                "LocalDateTime" => DateTime.SpecifyKind(
                    DateTime.Parse(TrimFraction(value.GetString()!), CultureInfo.InvariantCulture, DateTimeStyles.None),
                    DateTimeKind.Unspecified),
                "OffsetDateTime" => ReadOffsetDateTime(value.GetString()!),
                "ZonedDateTime" or "DateTime" => ReadZonedOrOffset(value.GetString()!),
                "Duration" => Neo4jDuration.Parse(value.GetString()!),
                "Point" => Neo4jPoint.Parse(value.GetString()!),
                "List" => ReadList(value),
                "Map" => ReadMap(value),
                "Node" => ReadNode(value),
                "Relationship" => ReadRelationship(value),
                "Path" => ReadPath(value),
                _ => throw new Neo4jProtocolException($"Unknown typed JSON type '{type}'."),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException or KeyNotFoundException)
        {
            throw new Neo4jProtocolException($"Cannot read a {type} from {Truncate(value.GetRawText())}: {e.Message}", e);
        }
    }

    public static IReadOnlyDictionary<string, object?> ReadMap(JsonElement map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject()) result[property.Name] = Read(property.Value);
        return result;
    }

    private static List<object?> ReadList(JsonElement list)
    {
        var result = new List<object?>(list.GetArrayLength());
        foreach (var item in list.EnumerateArray()) result.Add(Read(item));
        return result;
    }

    private static double ReadFloat(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number) return value.GetDouble();
        return value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var s => double.Parse(s!, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static Neo4jNode ReadNode(JsonElement node) => new(
        node.GetProperty("_element_id").GetString()!,
        node.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
        ReadProperties(node));

    private static Neo4jRelationship ReadRelationship(JsonElement rel) => new(
        rel.GetProperty("_element_id").GetString()!,
        rel.GetProperty("_start_node_element_id").GetString()!,
        rel.GetProperty("_end_node_element_id").GetString()!,
        rel.GetProperty("_type").GetString()!,
        ReadProperties(rel));

    private static IReadOnlyDictionary<string, object?> ReadProperties(JsonElement entity) =>
        entity.TryGetProperty("_properties", out var props) && props.ValueKind == JsonValueKind.Object
            ? ReadMap(props)
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    private static Neo4jPath ReadPath(JsonElement path)
    {
        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        foreach (var item in path.EnumerateArray())
        {
            switch (Read(item))
            {
                case Neo4jNode n: nodes.Add(n); break;
                case Neo4jRelationship r: relationships.Add(r); break;
                default: throw new Neo4jProtocolException("A path holds only nodes and relationships.");
            }
        }
        if (nodes.Count != relationships.Count + 1)
            throw new Neo4jProtocolException($"A path of {relationships.Count} relationships needs {relationships.Count + 1} nodes, got {nodes.Count}.");
        return new Neo4jPath(nodes, relationships);
    }

    private static Neo4jOffsetTime ReadOffsetTime(string text)
    {
        var (local, offset) = SplitOffset(text);
        return new Neo4jOffsetTime(TimeOnly.Parse(TrimFraction(local), CultureInfo.InvariantCulture), offset);
    }

    private static DateTimeOffset ReadOffsetDateTime(string text) =>
        DateTimeOffset.Parse(TrimFraction(text), CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static object ReadZonedOrOffset(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0) return ReadOffsetDateTime(text);
        var zone = text[(bracket + 1)..].TrimEnd(']');
        return new Neo4jZonedDateTime(ReadOffsetDateTime(text[..bracket]), zone);
    }

    /// <summary>"12:50:35.556+01:00" → ("12:50:35.556", +01:00); a trailing Z is UTC.</summary>
    private static (string Local, TimeSpan Offset) SplitOffset(string text)
    {
        if (text.EndsWith('Z')) return (text[..^1], TimeSpan.Zero);
        var sign = text.LastIndexOfAny(['+', '-']);
        if (sign < 0) throw new FormatException($"'{text}' has no UTC offset.");
        var offsetText = text[(sign + 1)..];
        var offset = TimeSpan.ParseExact(offsetText, offsetText.Length > 5 ? @"hh\:mm\:ss" : @"hh\:mm", CultureInfo.InvariantCulture);
        return (text[..sign], text[sign] == '-' ? -offset : offset);
    }

    /// <summary>Neo4j prints up to 9 fractional digits; .NET parses at most 7.</summary>
    internal static string TrimFraction(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return text;
        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        var digits = end - dot - 1;
        return digits <= 7 ? text : string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end));
    }

    private static string Truncate(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
