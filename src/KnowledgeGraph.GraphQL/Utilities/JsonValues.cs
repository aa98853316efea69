using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>Converts JSON (variables, extensions) into the plain CLR values the engine works with.</summary>
public static class JsonValues
{
    /// <summary>
    /// Object → Dictionary&lt;string, object?&gt; (member order kept), array → List&lt;object?&gt;,
    /// integral number → long, other number → double, string, bool, null.
    /// </summary>
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) dict[property.Name] = ToClr(property.Value);
        return dict;
    }

    /// <summary>Normalizes an already-CLR value tree: JsonElements inside are converted, the rest kept.</summary>
    public static object? Normalize(object? value) => value switch
    {
        JsonElement json => ToClr(json),
        JsonDocument doc => ToClr(doc.RootElement),
        _ => value,
    };
}
