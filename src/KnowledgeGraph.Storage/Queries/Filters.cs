using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage.Queries;

// One filter record per list, mirroring the GraphQL `where:` inputs. Null means "no condition"; every
// condition set must hold. "Contains" conditions are case-sensitive substring matches (Chinese text).
// RegionId conditions match the region itself and everything PART_OF it (a county matches its townships).

public sealed record RegionFilter
{
    public string? NameContains { get; init; }
    public IReadOnlyList<RegionLevel>? Levels { get; init; }
    public string? ParentId { get; init; }
    /// <summary>Exact name, for <c>region(name, parent)</c> lookups.</summary>
    public string? Name { get; init; }
}

public enum RegionSortField { Name, Level }

public sealed record AgencyFilter
{
    public string? NameContains { get; init; }
    public string? RegionId { get; init; }
    public IReadOnlyList<AgencyKind>? Kinds { get; init; }
}

public enum AgencySortField { Name, Kind }

public sealed record DocumentFilter
{
    public string? TitleContains { get; init; }
    /// <summary>Exact title (normalized the way StableId normalizes), for <c>document(title)</c>.</summary>
    public string? Title { get; init; }
    /// <summary>Exact number in any bracket style (高政办发〔2020〕65号), for <c>document(number)</c>.</summary>
    public string? Number { get; init; }
    public string? IssuerCode { get; init; }
    public IReadOnlyList<DocumentKind>? Kinds { get; init; }
    public string? IssuerId { get; init; }
    public string? IssuerNameContains { get; init; }
    public string? RegionId { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    /// <summary>Only documents the given report cites.</summary>
    public string? CitedInReportId { get; init; }
}

public enum DocumentSortField { Title, Year, Date, Number, Kind }

public sealed record DelegationFilter
{
    public string? RegionId { get; init; }
    public IReadOnlyList<DelegationMode>? Modes { get; init; }
    public string? FromId { get; init; }
    /// <summary>Recipient region (township, park, county) or agency id; collectives of its ancestors count.</summary>
    public string? RecipientId { get; init; }
    public string? PowerField { get; init; }
    public string? PowerCategory { get; init; }
    public string? MattersContains { get; init; }
    public string? AuthorizedById { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public string? ReportId { get; init; }
}

public enum DelegationSortField { Date, ItemCount, Mode }

public sealed record ProblemFilter
{
    public string? RegionId { get; init; }
    public IReadOnlyList<string>? Categories { get; init; }
    public IReadOnlyList<ProblemStatus>? Statuses { get; init; }
    public string? TextContains { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public string? ReportId { get; init; }
}

public enum ProblemSortField { Year, Category, Found, Rectified }

public sealed record ResponsibilityFilter
{
    public string? RegionId { get; init; }
    public IReadOnlyList<ResponsibilityRole>? Roles { get; init; }
    public string? HolderId { get; init; }
    public string? HolderContains { get; init; }
    public string? TaskContains { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public string? ReportId { get; init; }
}

public enum ResponsibilitySortField { Year, Role, Holder }

public sealed record MetricFilter
{
    public string? RegionId { get; init; }
    public string? NameContains { get; init; }
    public string? Unit { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public string? ReportId { get; init; }
}

public enum MetricSortField { Year, Name, Value }

public sealed record ReportFilter
{
    public string? RegionId { get; init; }
    public string? JurisdictionContains { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
}

public enum ReportSortField { Year, Jurisdiction, IssuedDate }
