using System.Net;
using System.Text.Json;
using KnowledgeGraph.Neo4j.Client.Errors;

namespace KnowledgeGraph.Neo4j.Client;

/// <summary>Reads Query API response bodies: errors first (whatever the status), then data, bookmarks, counters.</summary>
internal static class QueryApiResponse
{
    public static void ThrowIfError(HttpStatusCode status, JsonElement? body)
    {
        if (body is { ValueKind: JsonValueKind.Object } root
            && root.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            // Early Query API builds put the code under "error"; accept both.
            if (code is null && first.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String) code = e.GetString();
            var message = first.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            throw Neo4jErrorMapper.FromCode(code, message, status);
        }

        if ((int)status >= 300)
            throw Neo4jErrorMapper.FromCode(null, body is null ? null : $"HTTP {(int)status}: {body.Value.GetRawText()}", status);
    }

    public static Neo4jResult ReadResult(JsonElement root)
    {
        var fields = new List<string>();
        var records = new List<Neo4jRecord>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f))
            {
                foreach (var field in f.EnumerateArray()) fields.Add(field.GetString() ?? string.Empty);
            }
            if (data.TryGetProperty("values", out var rows))
            {
                foreach (var row in rows.EnumerateArray())
                {
                    if (row.ValueKind != JsonValueKind.Array)
                        throw new Neo4jProtocolException("Each entry of data.values must be a row (an array).");
                    var values = new List<object?>(fields.Count);
                    foreach (var cell in row.EnumerateArray()) values.Add(TypedJsonReader.Read(cell));
                    records.Add(new Neo4jRecord(fields, values));
                }
            }
        }

        return new Neo4jResult(fields, records, ReadBookmarks(root), ReadCounters(root), ReadNotifications(root));
    }

    public static IReadOnlyList<string> ReadBookmarks(JsonElement root)
    {
        if (!root.TryGetProperty("bookmarks", out var b) || b.ValueKind != JsonValueKind.Array) return [];
        return b.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList();
    }

    private static Neo4jCounters ReadCounters(JsonElement root)
    {
        if (!root.TryGetProperty("counters", out var c) || c.ValueKind != JsonValueKind.Object) return Neo4jCounters.None;
        long L(string name) => c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
        bool B(string name) => c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
        return new Neo4jCounters
        {
            ContainsUpdates = B("containsUpdates"),
            NodesCreated = L("nodesCreated"),
            NodesDeleted = L("nodesDeleted"),
            PropertiesSet = L("propertiesSet"),
            RelationshipsCreated = L("relationshipsCreated"),
            RelationshipsDeleted = L("relationshipsDeleted"),
            LabelsAdded = L("labelsAdded"),
            LabelsRemoved = L("labelsRemoved"),
            IndexesAdded = L("indexesAdded"),
            IndexesRemoved = L("indexesRemoved"),
            ConstraintsAdded = L("constraintsAdded"),
            ConstraintsRemoved = L("constraintsRemoved"),
            ContainsSystemUpdates = B("containsSystemUpdates"),
            SystemUpdates = L("systemUpdates"),
        };
    }

    private static List<Neo4jNotification> ReadNotifications(JsonElement root)
    {
        var list = new List<Neo4jNotification>();
        if (!root.TryGetProperty("notifications", out var n) || n.ValueKind != JsonValueKind.Array) return list;
        foreach (var item in n.EnumerateArray())
        {
            string? S(string name) => item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            list.Add(new Neo4jNotification(S("code") ?? string.Empty, S("title"), S("description"), S("severity"), S("category")));
        }
        return list;
    }
}
