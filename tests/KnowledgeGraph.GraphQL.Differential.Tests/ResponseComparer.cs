using System.Globalization;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.GraphQL.Differential.Tests;

/// <summary>
/// Compares two GraphQL responses as the suite requires: data exactly (field order included), errors in the
/// same order with the same message, locations and path. Extensions are ours to choose and are not compared.
/// </summary>
internal static class ResponseComparer
{
    public static IReadOnlyList<string> Differences(JsonObject ours, JsonObject theirs)
    {
        var differences = new List<string>();
        if (theirs.ContainsKey("schemaError") || ours.ContainsKey("schemaError"))
        {
            if (theirs.ContainsKey("schemaError") != ours.ContainsKey("schemaError"))
            {
                differences.Add($"schema: ours {Describe(ours["schemaError"])}, graphql-js {Describe(theirs["schemaError"])}");
            }
            return differences;
        }

        if (ours.ContainsKey("data") != theirs.ContainsKey("data"))
        {
            differences.Add($"data present: ours {ours.ContainsKey("data")}, graphql-js {theirs.ContainsKey("data")}");
        }
        else if (!JsonEquals(ours["data"], theirs["data"]))
        {
            differences.Add("data differs");
        }

        var ourErrors = ours["errors"] as JsonArray ?? [];
        var theirErrors = theirs["errors"] as JsonArray ?? [];
        if (ourErrors.Count != theirErrors.Count)
        {
            differences.Add($"error count: ours {ourErrors.Count}, graphql-js {theirErrors.Count}");
        }
        for (var i = 0; i < Math.Min(ourErrors.Count, theirErrors.Count); i++)
        {
            var our = ourErrors[i]!.AsObject();
            var their = theirErrors[i]!.AsObject();
            foreach (var key in (ReadOnlySpan<string>)["message", "locations", "path"])
            {
                var a = Normalize(key, our[key]);
                var b = Normalize(key, their[key]);
                if (!JsonEquals(a, b)) differences.Add($"errors[{i}].{key}: ours {Describe(a)}, graphql-js {Describe(b)}");
            }
        }
        return differences;
    }

    // An absent locations list and an empty one say the same thing.
    private static JsonNode? Normalize(string key, JsonNode? value) =>
        key == "locations" && value is JsonArray { Count: 0 } ? null : value;

    private static string Describe(JsonNode? node) => node?.ToJsonString() ?? "(none)";

    /// <summary>Structural equality with ordered object members; numbers compare by value (1 equals 1.0).</summary>
    public static bool JsonEquals(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JsonObject x, JsonObject y):
                if (x.Count != y.Count) return false;
                using (var ex = x.GetEnumerator())
                using (var ey = y.GetEnumerator())
                {
                    while (ex.MoveNext() && ey.MoveNext())
                    {
                        if (ex.Current.Key != ey.Current.Key || !JsonEquals(ex.Current.Value, ey.Current.Value)) return false;
                    }
                }
                return true;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count) return false;
                for (var i = 0; i < x.Count; i++)
                {
                    if (!JsonEquals(x[i], y[i])) return false;
                }
                return true;
            case (JsonValue x, JsonValue y):
                var kx = x.GetValueKind();
                var ky = y.GetValueKind();
                if (kx != ky) return false;
                if (kx == System.Text.Json.JsonValueKind.Number)
                {
                    return double.Parse(x.ToJsonString(), CultureInfo.InvariantCulture)
                        == double.Parse(y.ToJsonString(), CultureInfo.InvariantCulture);
                }
                return x.ToJsonString() == y.ToJsonString() || JsonNode.DeepEquals(x, y);
            default:
                return false;
        }
    }
}
