using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>Renders a runtime value for error messages the way graphql-js <c>inspect</c> does.</summary>
public static class Inspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsonSerializer.Serialize(s, JsonOptions);
            case bool b:
                return b ? "true" : "false";
            case double d:
                return FormatNumber(d);
            case float f:
                return FormatNumber(f);
            case decimal m:
                return m.ToString(CultureInfo.InvariantCulture);
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case Enum e:
                return JsonSerializer.Serialize(e.ToString(), JsonOptions);
            case JsonElement json:
                return Inspect(JsonValues.ToClr(json), depth);
            case IDictionary<string, object?> dict:
                {
                    if (dict.Count == 0) return "{}";
                    if (depth > MaxDepth) return "[Object]";
                    var parts = dict.Select(kv => kv.Key + ": " + Inspect(kv.Value, depth + 1));
                    return "{ " + string.Join(", ", parts) + " }";
                }
            case IEnumerable list:
                {
                    var items = list.Cast<object?>().ToList();
                    if (items.Count == 0) return "[]";
                    if (depth > MaxDepth) return "[Array]";
                    var shown = items.Take(MaxItems).Select(i => Inspect(i, depth + 1)).ToList();
                    if (items.Count > MaxItems) shown.Add($"... {items.Count - MaxItems} more items");
                    return "[" + string.Join(", ", shown) + "]";
                }
            default:
                return "{}";
        }
    }

    /// <summary>A number as JavaScript's String(n) writes it (1, 1.5, NaN, Infinity).</summary>
    public static string FormatNumber(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        return d.ToString("R", CultureInfo.InvariantCulture);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

}
