using System.Globalization;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// What <see cref="IGraphWriter.CorrectFactAsync"/> accepts, for every backend alike: per curated label, the fields
/// a curator may set, named as in schema/knowledge-graph.graphql, and how their text becomes a typed value. Ids,
/// reports, evidence and derived fields (modeLabel, stillOpen …) are not correctable.
/// </summary>
public static class FactCorrections
{
    private delegate object? Parser(string? value);

    private static readonly Dictionary<string, Dictionary<string, Parser>> Fields = new(StringComparer.Ordinal)
    {
        [NodeLabels.Region] = new(StringComparer.Ordinal)
        {
            ["name"] = RequiredText,
            ["level"] = v => ParseEnum<RegionLevel>(v),
        },
        [NodeLabels.Agency] = new(StringComparer.Ordinal)
        {
            ["name"] = RequiredText,
            ["kind"] = v => ParseEnum<AgencyKind>(v),
        },
        [NodeLabels.Document] = new(StringComparer.Ordinal)
        {
            ["title"] = RequiredText,
            ["number"] = v => string.IsNullOrWhiteSpace(v) ? null : DocNumber.Parse(v.Trim()),
            ["issuerName"] = OptionalText,
            ["kind"] = v => ParseEnum<DocumentKind>(v),
            ["year"] = OptionalInt,
            ["date"] = OptionalDate,
        },
        [NodeLabels.Delegation] = new(StringComparer.Ordinal)
        {
            ["mode"] = v => ChineseLabels.TryParseMode(Required(v), out var mode) ? mode : ParseEnum<DelegationMode>(v),
            ["fromName"] = OptionalText,
            ["matters"] = OptionalText,
            ["itemCount"] = OptionalInt,
            ["recipientCount"] = OptionalInt,
            ["date"] = OptionalDate,
        },
        [NodeLabels.Responsibility] = new(StringComparer.Ordinal)
        {
            ["role"] = v => ChineseLabels.TryParseRole(Required(v), out var role) ? role : ParseEnum<ResponsibilityRole>(v),
            ["holderName"] = RequiredText,
            ["task"] = OptionalText,
        },
        [NodeLabels.Problem] = new(StringComparer.Ordinal)
        {
            ["text"] = RequiredText,
            ["category"] = OptionalText,
            ["found"] = OptionalInt,
            ["rectified"] = OptionalInt,
            ["status"] = v => ParseEnum<ProblemStatus>(v),
        },
        [NodeLabels.Metric] = new(StringComparer.Ordinal)
        {
            ["name"] = RequiredText,
            ["value"] = v => decimal.Parse(Required(v), NumberStyles.Float, CultureInfo.InvariantCulture),
            ["unit"] = OptionalText,
            ["year"] = v => int.Parse(Required(v), NumberStyles.Integer, CultureInfo.InvariantCulture),
        },
    };

    /// <summary>Labels whose facts carry a curation status (confirm, reject, correct apply to them and no others).</summary>
    public static IReadOnlyCollection<string> CuratedLabels => Fields.Keys;

    public static bool IsCurated(string? label) => label is not null && Fields.ContainsKey(label);

    /// <summary>The correctable fields of a label, by GraphQL name; empty for labels without curation.</summary>
    public static IReadOnlyList<string> FieldsOf(string label) =>
        Fields.TryGetValue(label, out var fields) ? [.. fields.Keys] : [];

    /// <summary>
    /// The changes as typed values — string, int, <see cref="DateOnly"/>, decimal, <see cref="DocNumber"/> or the
    /// field's enum; null clears an optional field. Field names are exact (case-sensitive), as in GraphQL. Throws
    /// <see cref="CurationException"/> for a label without curation, an unknown field or a value that does not parse.
    /// </summary>
    public static IReadOnlyList<(string Field, object? Value)> Parse(string label, IReadOnlyDictionary<string, string?> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!Fields.TryGetValue(label, out var fields)) throw new CurationException($"{label} facts cannot be corrected.");
        if (changes.Count == 0) throw new CurationException("A correction needs at least one change.");
        var result = new List<(string, object?)>(changes.Count);
        foreach (var (field, value) in changes.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!fields.TryGetValue(field, out var parse))
            {
                throw new CurationException($"'{field}' is not a correctable field of {label}; correctable: {string.Join(", ", fields.Keys)}.");
            }
            try
            {
                result.Add((field, parse(value)));
            }
            catch (FormatException e)
            {
                throw new CurationException($"'{value}' is not a valid {field} of {label}: {e.Message}", e);
            }
            catch (OverflowException e)
            {
                throw new CurationException($"'{value}' is out of range for {field} of {label}.", e);
            }
        }
        return result;
    }

    private static string Required(string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException("a value is required") : value.Trim();

    private static object RequiredText(string? value) => Required(value);

    private static object? OptionalText(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static object? OptionalInt(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : int.Parse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static object? OptionalDate(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : DateOnly.ParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>C# names (Entrust) and GraphQL names (FIRST_RESPONSIBLE) alike, ignoring case.</summary>
    private static T ParseEnum<T>(string? value) where T : struct, Enum
    {
        var text = Required(value).Replace("_", "", StringComparison.Ordinal);
        return Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _)
            ? parsed
            : throw new FormatException($"expected one of {string.Join(", ", Enum.GetNames<T>())}");
    }
}
