using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>
/// Rewrites a variables object so that equal variables give equal text: object members sorted by name (ordinal),
/// no whitespace, strings re-escaped the same way. Absent, null and empty variables all become <c>{}</c>.
/// </summary>
public static class VariablesCanonicalizer
{
    public static string Canonicalize(string? variablesJson)
    {
        if (string.IsNullOrWhiteSpace(variablesJson))
        {
            return "{}";
        }

        using var document = JsonDocument.Parse(variablesJson);
        if (document.RootElement.ValueKind == JsonValueKind.Null)
        {
            return "{}";
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, document.RootElement);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
