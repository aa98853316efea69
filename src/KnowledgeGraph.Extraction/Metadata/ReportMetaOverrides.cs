using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Json;

namespace KnowledgeGraph.Extraction.Metadata;

/// <summary>
/// What a caller knows about a report that its text may not say (a sidecar NAME.meta.json or CLI options).
/// Every non-null member wins over what extraction reads from the text.
/// </summary>
public sealed record ReportMetaOverrides
{
    public string? Jurisdiction { get; init; }
    public RegionLevel? Level { get; init; }
    public string? ParentCity { get; init; }
    public string? Province { get; init; }
    public int? Year { get; init; }
    public string? Issuer { get; init; }
    public DateOnly? IssuedDate { get; init; }
    public string? Title { get; init; }

    /// <summary>The sidecar path for a report file: reports/gaoyi-county-2020.txt → reports/gaoyi-county-2020.meta.json.</summary>
    public static string SidecarPath(string reportPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(reportPath);
        var dir = Path.GetDirectoryName(reportPath) ?? string.Empty;
        return Path.Combine(dir, Path.GetFileNameWithoutExtension(reportPath) + ".meta.json");
    }

    /// <summary>Loads NAME.meta.json next to the report file, or returns null when there is none.</summary>
    public static ReportMetaOverrides? LoadSidecar(string reportPath)
    {
        var path = SidecarPath(reportPath);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
    }

    /// <summary>
    /// Reads {"jurisdiction": "高邑县", "level": "county", "parentCity": "石家庄市", "province": "河北省",
    /// "year": 2020, "issuer": "…", "issuedDate": "2021-02-26", "title": "…"}; every member is optional.
    /// </summary>
    public static ReportMetaOverrides Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ReportFormatException("A report sidecar must be a JSON object.");
            return new ReportMetaOverrides
            {
                Jurisdiction = String(root, "jurisdiction"),
                Level = String(root, "level") is { } level
                    ? JsonNames.ParseLevel(level) is var l && l != RegionLevel.Unknown ? l : throw new ReportFormatException($"Unknown region level '{level}' in sidecar (use county, district, countyLevelCity, zone, township, city or province).")
                    : null,
                ParentCity = String(root, "parentCity"),
                Province = String(root, "province"),
                Year = root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null,
                Issuer = String(root, "issuer"),
                IssuedDate = String(root, "issuedDate") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Title = String(root, "title"),
            };
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            throw new ReportFormatException("The report sidecar is not valid meta JSON: " + ex.Message, ex);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
