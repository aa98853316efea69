using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Store;

/// <summary>
/// The one export format of <see cref="Storage.IGraphExchange"/>, as the SQLite store writes it (the canonical
/// writer): one JSON object a line, "type" first, then the record's fields in a fixed order with SQLite's value
/// types — integers, text or null; enums as their numbers, dates as yyyy-MM-dd, decimals and alias lists as text,
/// booleans as 0/1. The field lists are SQLite's table columns (camelCase, without the rowid key).
/// </summary>
internal static class ExchangeFormat
{
    public const string BasedOn = "BasedOn";
    public const string DelegatedTo = "DelegatedTo";
    public const string Covers = "Covers";
    public const string Correction = "Correction";
    public const string Curation = "Curation";

    /// <summary>Line types in export order, each with its fields in order.</summary>
    public static IReadOnlyList<(string Type, string[] Fields)> Lines { get; } =
    [
        ("Region", ["id", "name", "level", "parentId", "status"]),
        ("Agency", ["id", "name", "kind", "regionId", "aliases", "status"]),
        ("Document", ["id", "title", "number", "issuerCode", "numberYear", "serial", "issuerName", "issuerId", "kind", "year", "date", "regionId", "status"]),
        ("Power", ["id", "category", "field", "item"]),
        (BasedOn, ["documentId", "basisId", "id"]),
        ("Report", ["id", "regionId", "jurisdiction", "year", "title", "issuer", "issuedDate", "contentHash", "sourceName", "originalText", "loadedAt"]),
        ("Mention", ["reportId", "factId", "fingerprint"]),
        ("Delegation", ["id", "reportId", "regionId", "year", "mode", "fromId", "fromName", "matters", "itemCount", "recipientCount", "date", "authorizedById", "status"]),
        (DelegatedTo, ["delegationId", "ordinal", "targetId", "targetLabel", "name", "collective"]),
        (Covers, ["delegationId", "powerId"]),
        ("Responsibility", ["id", "reportId", "regionId", "year", "role", "holder", "holderId", "task", "status"]),
        ("Problem", ["id", "reportId", "regionId", "year", "text", "category", "found", "rectified", "problemStatus", "status"]),
        ("Metric", ["id", "reportId", "regionId", "year", "name", "value", "unit", "status"]),
        ("Sentence", ["id", "reportId", "start", "end", "text", "sectionPath", "section"]),
        ("Evidence", ["factId", "reportId", "start", "end", "quote"]),
        ("Alias", ["mergedId", "keptId"]),
        (Correction, ["factId", "changes"]),
        (Curation, ["seq", "factId", "action", "actor", "note", "detail", "graphVersion"]),
    ];

    private static readonly Dictionary<string, string[]> FieldsOf = Lines.ToDictionary(l => l.Type, l => l.Fields, StringComparer.Ordinal);

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One line, newline included. Values are null, long or string (anything else is a bug in the caller).</summary>
    public static byte[] Write(string type, IReadOnlyDictionary<string, object?> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, LineOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", type);
            foreach (var name in FieldsOf[type])
            {
                json.WritePropertyName(name);
                switch (fields.TryGetValue(name, out var value) ? value : null)
                {
                    case null: json.WriteNullValue(); break;
                    case long l: json.WriteNumberValue(l); break;
                    case string s: json.WriteStringValue(s); break;
                    case var other: throw new InvalidOperationException($"{type}.{name}: {other.GetType().Name} is not a value of the export format.");
                }
            }
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Parses one line into its type and fields (null, long or string); unknown types and fields are refused.</summary>
    public static (string Type, Dictionary<string, object?> Fields) Read(string line, int lineNumber)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var type = root.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
        if (!FieldsOf.TryGetValue(type, out var known)) throw new FormatException($"Line {lineNumber}: unknown type '{type}'.");
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name == "type") continue;
            if (!known.Contains(property.Name, StringComparer.Ordinal)) throw new FormatException($"Line {lineNumber}: {type} has no field '{property.Name}'.");
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number when property.Value.TryGetInt64(out var l) => l,
                JsonValueKind.True => 1L,
                JsonValueKind.False => 0L,
                var kind => throw new FormatException($"Line {lineNumber}: {type}.{property.Name} is a JSON {kind}, not a value of the export format."),
            };
        }
        return (type, fields);
    }

    public static string? Text(IReadOnlyDictionary<string, object?> f, string name) => f.TryGetValue(name, out var v) ? v as string : null;

    public static long? Long(IReadOnlyDictionary<string, object?> f, string name) =>
        f.TryGetValue(name, out var v) ? v switch
        {
            null => null,
            long l => l,
            string s => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture), // SQLite's INTEGER affinity
            _ => null,
        } : null;

    public static string Required(IReadOnlyDictionary<string, object?> f, string name) =>
        Text(f, name) ?? throw new FormatException($"The export line lacks '{name}'.");
}
