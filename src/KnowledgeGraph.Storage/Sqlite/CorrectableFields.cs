using System.Globalization;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The properties a curator may correct, by label and GraphQL field name: which columns they set and how the
/// text value converts. Anything else is refused, so a correction cannot reach ids, reports or evidence.
/// </summary>
internal static class CorrectableFields
{
    private delegate IEnumerable<(string Column, object? Value)> Setter(string? value);

    private static readonly Dictionary<string, Dictionary<string, Setter>> Fields = new(StringComparer.Ordinal)
    {
        [NodeLabels.Region] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = Text("name", required: true),
            ["level"] = Enum<RegionLevel>("level"),
        },
        [NodeLabels.Agency] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = Text("name", required: true),
            ["kind"] = Enum<AgencyKind>("kind"),
        },
        [NodeLabels.Document] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["title"] = Text("title", required: true),
            ["number"] = Number,
            ["issuerName"] = Text("issuer_name"),
            ["kind"] = Enum<DocumentKind>("kind"),
            ["year"] = Int("year"),
            ["date"] = Date("date"),
        },
        [NodeLabels.Delegation] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["mode"] = v => [("mode", ParseMode(v))],
            ["fromName"] = Text("from_name"),
            ["matters"] = Text("matters"),
            ["itemCount"] = Int("item_count"),
            ["recipientCount"] = Int("recipient_count"),
            ["date"] = Date("date"),
        },
        [NodeLabels.Responsibility] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["role"] = v => [("role", ParseRole(v))],
            ["holderName"] = Text("holder", required: true),
            ["task"] = Text("task"),
        },
        [NodeLabels.Problem] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["text"] = Text("text", required: true),
            ["category"] = Text("category"),
            ["found"] = Int("found"),
            ["rectified"] = Int("rectified"),
            ["status"] = Enum<ProblemStatus>("problem_status"),
        },
        [NodeLabels.Metric] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = Text("name", required: true),
            ["value"] = v => [("value", decimal.Parse(Required(v), NumberStyles.Float, CultureInfo.InvariantCulture))],
            ["unit"] = Text("unit"),
            ["year"] = v => [("year", int.Parse(Required(v), CultureInfo.InvariantCulture))],
        },
    };

    public static bool IsCurated(string label) => Fields.ContainsKey(label);

    /// <summary>The columns and values a set of changes writes; throws <see cref="CurationException"/> for anything not allowed.</summary>
    public static IReadOnlyList<(string Column, object? Value)> Columns(string label, IReadOnlyDictionary<string, string?> changes)
    {
        if (!Fields.TryGetValue(label, out var fields)) throw new CurationException($"{label} facts cannot be corrected.");
        var result = new List<(string, object?)>();
        foreach (var (field, value) in changes)
        {
            if (!fields.TryGetValue(field, out var setter))
            {
                throw new CurationException($"'{field}' is not a correctable field of {label}; correctable: {string.Join(", ", fields.Keys)}.");
            }
            try
            {
                result.AddRange(setter(value));
            }
            catch (FormatException e)
            {
                throw new CurationException($"'{value}' is not a valid {field}: {e.Message}", e);
            }
            catch (OverflowException e)
            {
                throw new CurationException($"'{value}' is out of range for {field}.", e);
            }
        }
        return result;
    }

    private static string Required(string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException("a value is required") : value.Trim();

    private static Setter Text(string column, bool required = false) =>
        v => [(column, required ? Required(v) : (string.IsNullOrWhiteSpace(v) ? null : v.Trim()))];

    private static Setter Int(string column) =>
        v => [(column, string.IsNullOrWhiteSpace(v) ? null : int.Parse(v, CultureInfo.InvariantCulture))];

    private static Setter Date(string column) =>
        v => [(column, string.IsNullOrWhiteSpace(v) ? null : DateOnly.ParseExact(v.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture))];

    private static Setter Enum<T>(string column) where T : struct, Enum => v => [(column, ParseEnum<T>(v))];

    private static IEnumerable<(string, object?)> Number(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return [("number", null), ("issuer_code", null), ("number_year", null), ("serial", null)];
        var n = DocNumber.Parse(value);
        return [("number", n.ToString()), ("issuer_code", n.IssuerCode), ("number_year", n.Year), ("serial", n.Serial)];
    }

    /// <summary>C# names (Entrust), GraphQL names (FIRST_RESPONSIBLE) alike.</summary>
    private static T ParseEnum<T>(string? value) where T : struct, Enum
    {
        var text = Required(value).Replace("_", "", StringComparison.Ordinal);
        return System.Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException($"expected one of {string.Join(", ", System.Enum.GetNames<T>())}");
    }

    private static DelegationMode ParseMode(string? value) =>
        ChineseLabels.TryParseMode(Required(value), out var mode) ? mode : ParseEnum<DelegationMode>(value);

    private static ResponsibilityRole ParseRole(string? value) =>
        ChineseLabels.TryParseRole(Required(value), out var role) ? role : ParseEnum<ResponsibilityRole>(value);
}
