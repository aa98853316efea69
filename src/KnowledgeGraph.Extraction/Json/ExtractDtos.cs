namespace KnowledgeGraph.Extraction.Json;

// The wire shapes of the extract JSON (EXTRACT-JSON.md). Member order here is the order on the wire.
#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed record ExtractDto(ReportDto Report, List<DocumentDto> Documents, List<AgencyDto> Agencies, List<TownshipDto> Townships,
    List<DelegationDto> Delegations, List<ResponsibilityDto> Responsibilities, List<ProblemDto> Problems, List<MetricDto> Metrics);

internal sealed record ReportDto(string Jurisdiction, string? Level, string? ParentCity, string? Province, int Year, string? Issuer, string? IssuedDate);

internal sealed record EvidenceDto(int Start, int End, string Quote);

internal sealed record DocumentDto(string Title, string? Number, string? Issuer, string? Kind, int? Year, List<string> BasedOn, List<EvidenceDto> Evidence);

internal sealed record AgencyDto(string Name, string Normalized, string Kind);

internal sealed record TownshipDto(string Name);

internal sealed record DelegationDto(string Mode, string? From, List<string> To, string? Matters, int? ItemCount, string? Date, string? AuthorizedBy, List<EvidenceDto> Evidence);

internal sealed record ResponsibilityDto(string Holder, string Role, string? Task, List<EvidenceDto> Evidence);

internal sealed record ProblemDto(string Text, string? Category, int? Found, int? Rectified, List<EvidenceDto> Evidence);

internal sealed record MetricDto(string Name, decimal Value, string? Unit, int? Year, List<EvidenceDto> Evidence);
#pragma warning restore CA1812
