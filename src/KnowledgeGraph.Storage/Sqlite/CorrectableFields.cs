using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Where the corrections <see cref="FactCorrections"/> accepts land in SQLite: the column (or columns) each
/// GraphQL field sets, per label. Column names come only from this fixed table; values travel as parameters.
/// </summary>
internal static class CorrectableFields
{
    private static readonly Dictionary<string, Dictionary<string, string>> ColumnOf = new(StringComparer.Ordinal)
    {
        [NodeLabels.Region] = new(StringComparer.Ordinal) { ["name"] = "name", ["level"] = "level" },
        [NodeLabels.Agency] = new(StringComparer.Ordinal) { ["name"] = "name", ["kind"] = "kind" },
        [NodeLabels.Document] = new(StringComparer.Ordinal)
        {
            ["title"] = "title", ["issuerName"] = "issuer_name", ["kind"] = "kind", ["year"] = "year", ["date"] = "date",
        },
        [NodeLabels.Delegation] = new(StringComparer.Ordinal)
        {
            ["mode"] = "mode", ["fromName"] = "from_name", ["matters"] = "matters", ["itemCount"] = "item_count",
            ["recipientCount"] = "recipient_count", ["date"] = "date",
        },
        [NodeLabels.Responsibility] = new(StringComparer.Ordinal) { ["role"] = "role", ["holderName"] = "holder", ["task"] = "task" },
        [NodeLabels.Problem] = new(StringComparer.Ordinal)
        {
            ["text"] = "text", ["category"] = "category", ["found"] = "found", ["rectified"] = "rectified", ["status"] = "problem_status",
        },
        [NodeLabels.Metric] = new(StringComparer.Ordinal) { ["name"] = "name", ["value"] = "value", ["unit"] = "unit", ["year"] = "year" },
    };

    /// <summary>The columns and values a set of changes writes; throws <see cref="CurationException"/> for anything not allowed.</summary>
    public static IReadOnlyList<(string Column, object? Value)> Columns(string label, IReadOnlyDictionary<string, string?> changes)
    {
        var result = new List<(string, object?)>();
        foreach (var (field, value) in FactCorrections.Parse(label, changes))
        {
            if (field == "number" && label == NodeLabels.Document)
            {
                // the 文号 is stored whole and in its parts (issuer code, year, serial) for lookups
                var n = (DocNumber?)value;
                result.AddRange([("number", n?.ToString()), ("issuer_code", n?.IssuerCode), ("number_year", n?.Year), ("serial", n?.Serial)]);
                continue;
            }
            result.Add((ColumnOf[label][field], value));
        }
        return result;
    }
}
