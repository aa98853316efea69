using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Json;

/// <summary>The camelCase words the extract JSON uses for our enums (region levels, document and agency kinds).</summary>
public static class JsonNames
{
    private static readonly (RegionLevel Level, string Name)[] Levels =
    [
        (RegionLevel.Province, "province"), (RegionLevel.City, "city"), (RegionLevel.County, "county"),
        (RegionLevel.District, "district"), (RegionLevel.CountyLevelCity, "countyLevelCity"), (RegionLevel.Zone, "zone"),
        (RegionLevel.Township, "township"),
    ];

    private static readonly (DocumentKind Kind, string Name)[] DocumentKinds =
    [
        (DocumentKind.Law, "law"), (DocumentKind.AdministrativeRegulation, "administrativeRegulation"),
        (DocumentKind.CentralPolicy, "centralPolicy"), (DocumentKind.Provincial, "provincial"),
        (DocumentKind.Municipal, "municipal"), (DocumentKind.Local, "local"), (DocumentKind.Report, "report"),
    ];

    private static readonly (AgencyKind Kind, string Name)[] AgencyKinds =
    [
        (AgencyKind.Government, "government"), (AgencyKind.Party, "party"), (AgencyKind.Court, "court"),
        (AgencyKind.Procuratorate, "procuratorate"), (AgencyKind.PeoplesCongress, "peoplesCongress"), (AgencyKind.Other, "other"),
    ];

    /// <summary>"county", "district", …; null for <see cref="RegionLevel.Unknown"/>.</summary>
    public static string? Name(this RegionLevel level) => Find(Levels, level);

    public static string? Name(this DocumentKind kind) => Find(DocumentKinds, kind);

    public static string Name(this AgencyKind kind) => Find(AgencyKinds, kind) ?? "other";

    public static RegionLevel ParseLevel(string? name) => Parse(Levels, name, RegionLevel.Unknown);

    public static DocumentKind ParseDocumentKind(string? name) => Parse(DocumentKinds, name, DocumentKind.Unknown);

    public static AgencyKind ParseAgencyKind(string? name) => Parse(AgencyKinds, name, AgencyKind.Other);

    private static string? Find<T>((T Value, string Name)[] table, T value) where T : struct, Enum
    {
        foreach (var (v, n) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value)) return n;
        }
        return null;
    }

    private static T Parse<T>((T Value, string Name)[] table, string? name, T fallback) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(name)) return fallback;
        foreach (var (v, n) in table)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) return v;
        }
        return fallback;
    }
}
