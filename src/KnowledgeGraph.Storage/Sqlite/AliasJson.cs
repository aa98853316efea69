using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// An agency's aliases as the JSON text the agency table keeps, spelt exactly as SQLite's json_group_array spells
/// it when a later report or a merge adds aliases (distinct, sorted, characters unescaped): one spelling of one
/// list, whatever the history, so exports of the same graph stay byte-identical.
/// </summary>
internal static class AliasJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Text(IEnumerable<string> aliases) =>
        JsonSerializer.Serialize(aliases.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), Options);
}
