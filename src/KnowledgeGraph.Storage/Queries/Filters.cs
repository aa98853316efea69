using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Queries;

// One filter record per list, mirroring the GraphQL `where:` inputs of schema/knowledge-graph.graphql.
// Null means "no condition"; every condition set must hold. Conditions by name (region, issuer, from …) match the
// named node's name; conditions by id (RegionId …) are for traversals and DataLoaders. A RegionId condition
// matches the region itself and everything PART_OF it (a county matches its townships).

public sealed record RegionFilter
{
    public StringMatch? Name { get; init; }
    public EnumMatch<RegionLevel>? Level { get; init; }
    /// <summary>Name of the parent region.</summary>
    public StringMatch? Parent { get; init; }
    public string? ParentId { get; init; }
}

public enum RegionSortField { Name, Level }

public sealed record AgencyFilter
{
    /// <summary>The agency's name or any of its aliases.</summary>
    public StringMatch? Name { get; init; }
    public EnumMatch<AgencyKind>? Kind { get; init; }
    /// <summary>Name of the agency's region.</summary>
    public StringMatch? Region { get; init; }
    public string? RegionId { get; init; }
}

public enum AgencySortField { Name, Kind }

public sealed record DocumentFilter
{
    public StringMatch? Title { get; init; }
    /// <summary>Canonical number text (高政办发〔2020〕65号); Eq/In values in any bracket style are canonicalized.</summary>
    public StringMatch? Number { get; init; }
    public EnumMatch<DocumentKind>? Kind { get; init; }
    /// <summary>Issuer name.</summary>
    public StringMatch? Issuer { get; init; }
    public string? IssuerId { get; init; }
    public IntMatch? Year { get; init; }
    /// <summary>Name of a region whose report cites the document.</summary>
    public StringMatch? Region { get; init; }
    /// <summary>Only documents a report of this region (or of a region PART_OF it) cites.</summary>
    public string? RegionId { get; init; }
    public string? CitedInReportId { get; init; }
}

public enum DocumentSortField { Title, Year, Date, Number }

public sealed record DelegationFilter
{
    public EnumMatch<DelegationMode>? Mode { get; init; }
    /// <summary>Name of the county-level region whose report records it.</summary>
    public StringMatch? Region { get; init; }
    public string? RegionId { get; init; }
    /// <summary>Name of the delegating agency (as resolved, or as written).</summary>
    public StringMatch? From { get; init; }
    public string? FromId { get; init; }
    /// <summary>Name of a recipient as written.</summary>
    public StringMatch? To { get; init; }
    /// <summary>A recipient region or agency id, directly named (collectives of its county not included; see traversals).</summary>
    public string? ToId { get; init; }
    public StringMatch? PowerField { get; init; }
    public StringMatch? PowerCategory { get; init; }
    public string? PowerId { get; init; }
    /// <summary>Year of the report that records it.</summary>
    public IntMatch? Year { get; init; }
    public DateMatch? Date { get; init; }
    /// <summary>Title of the authorizing document.</summary>
    public StringMatch? AuthorizedBy { get; init; }
    public string? AuthorizedById { get; init; }
    public string? ReportId { get; init; }
}

public enum DelegationSortField { Date, ItemCount, Mode, Year }

public sealed record ProblemFilter
{
    public StringMatch? Region { get; init; }
    public string? RegionId { get; init; }
    public IntMatch? Year { get; init; }
    public StringMatch? Category { get; init; }
    public EnumMatch<ProblemStatus>? Status { get; init; }
    public StringMatch? Text { get; init; }
    public string? ReportId { get; init; }
}

public enum ProblemSortField { Year, Category, Status }

public sealed record ResponsibilityFilter
{
    public StringMatch? Region { get; init; }
    public string? RegionId { get; init; }
    public EnumMatch<ResponsibilityRole>? Role { get; init; }
    /// <summary>Holder name as written.</summary>
    public StringMatch? Holder { get; init; }
    public string? HolderId { get; init; }
    public StringMatch? Task { get; init; }
    public IntMatch? Year { get; init; }
    public string? ReportId { get; init; }
}

public enum ResponsibilitySortField { Role, Holder, Year }

public sealed record MetricFilter
{
    public StringMatch? Region { get; init; }
    public string? RegionId { get; init; }
    public IntMatch? Year { get; init; }
    public StringMatch? Name { get; init; }
    public StringMatch? Unit { get; init; }
    public string? ReportId { get; init; }
}

public enum MetricSortField { Name, Value, Year }

public sealed record ReportFilter
{
    /// <summary>Name of the report's region (its jurisdiction).</summary>
    public StringMatch? Region { get; init; }
    public string? RegionId { get; init; }
    public IntMatch? Year { get; init; }
}

public enum ReportSortField { Year, Region }
