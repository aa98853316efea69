using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Extraction.Json;

/// <summary>
/// The stable extract JSON (documented in EXTRACT-JSON.md): one line per report, camelCase, Chinese written as is,
/// mode and role as their Chinese labels, dates yyyy-MM-dd, evidence as {start,end,quote}.
/// </summary>
public static class FactsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(ReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var r = facts.Report;
        var dto = new ExtractDto(
            new ReportDto(r.Jurisdiction, r.Level.Name(), r.ParentCity, r.Province, r.Year, r.Issuer, Date(r.IssuedDate)),
            facts.Documents.Select(d => new DocumentDto(d.Title, d.Number?.ToString(), d.Issuer, d.Kind.Name(), d.Year, [.. d.BasedOn], Ev(d.Evidence))).ToList(),
            facts.Agencies.Select(a => new AgencyDto(a.Name, a.Normalized, a.Kind.Name())).ToList(),
            facts.Townships.Select(t => new TownshipDto(t.Name)).ToList(),
            facts.Delegations.Select(d => new DelegationDto(d.Mode.Label(), d.From, [.. d.To], d.Matters, d.ItemCount, Date(d.Date), d.AuthorizedBy, Ev(d.Evidence))).ToList(),
            facts.Responsibilities.Select(x => new ResponsibilityDto(x.Holder, x.Role.Label(), x.Task, Ev(x.Evidence))).ToList(),
            facts.Problems.Select(p => new ProblemDto(p.Text, p.Category, p.Found, p.Rectified, Ev(p.Evidence))).ToList(),
            facts.Metrics.Select(m => new MetricDto(m.Name, m.Value, m.Unit, m.Year, Ev(m.Evidence))).ToList());
        return JsonSerializer.Serialize(dto, Options);
    }

    /// <summary>
    /// Reads extract JSON back into facts. The JSON does not carry the original text or sentences, so
    /// <see cref="ReportFacts.OriginalText"/> is rebuilt only as far as the evidence quotes allow (blanks elsewhere).
    /// </summary>
    public static ReportFacts Deserialize(string json)
    {
        ExtractDto dto;
        try
        {
            dto = JsonSerializer.Deserialize<ExtractDto>(json, Options) ?? throw new ReportFormatException("The extract JSON is null.");
        }
        catch (JsonException ex)
        {
            throw new ReportFormatException("Not extract JSON: " + ex.Message, ex);
        }
        var r = dto.Report;
        var evidence = new List<EvidenceDto>();
        var facts = new ReportFacts
        {
            Report = new ReportMeta
            {
                Jurisdiction = r.Jurisdiction,
                Level = JsonNames.ParseLevel(r.Level),
                ParentCity = r.ParentCity,
                Province = r.Province,
                Year = r.Year,
                Issuer = r.Issuer,
                IssuedDate = ParseDate(r.IssuedDate),
            },
            OriginalText = string.Empty,
            Documents = (dto.Documents ?? []).Select(d => new DocumentFact
            {
                Title = d.Title,
                Number = DocNumber.TryParse(d.Number, out var n) ? n : null,
                Issuer = d.Issuer,
                Kind = JsonNames.ParseDocumentKind(d.Kind),
                Year = d.Year,
                BasedOn = d.BasedOn ?? [],
                Evidence = Ev(d.Evidence, evidence),
            }).ToList(),
            Agencies = (dto.Agencies ?? []).Select(a => new AgencyFact { Name = a.Name, Normalized = a.Normalized, Kind = JsonNames.ParseAgencyKind(a.Kind) }).ToList(),
            Townships = (dto.Townships ?? []).Select(t => new TownshipFact { Name = t.Name }).ToList(),
            Delegations = (dto.Delegations ?? []).Select(d => new DelegationFact
            {
                Mode = ChineseLabels.TryParseMode(d.Mode, out var mode) ? mode : throw new ReportFormatException($"Unknown delegation mode '{d.Mode}'."),
                From = d.From,
                To = d.To ?? [],
                Matters = d.Matters,
                ItemCount = d.ItemCount,
                Date = ParseDate(d.Date),
                AuthorizedBy = d.AuthorizedBy,
                Evidence = Ev(d.Evidence, evidence),
            }).ToList(),
            Responsibilities = (dto.Responsibilities ?? []).Select(x => new ResponsibilityFact
            {
                Holder = x.Holder,
                Role = ChineseLabels.TryParseRole(x.Role, out var role) ? role : throw new ReportFormatException($"Unknown responsibility role '{x.Role}'."),
                Task = x.Task,
                Evidence = Ev(x.Evidence, evidence),
            }).ToList(),
            Problems = (dto.Problems ?? []).Select(p => new ProblemFact
            {
                Text = p.Text,
                Category = p.Category,
                Found = p.Found,
                Rectified = p.Rectified,
                Status = p.Found is int f && p.Rectified is int rc ? (rc >= f ? ProblemStatus.Rectified : rc > 0 ? ProblemStatus.Rectifying : ProblemStatus.Open) : ProblemStatus.Open,
                Evidence = Ev(p.Evidence, evidence),
            }).ToList(),
            Metrics = (dto.Metrics ?? []).Select(m => new MetricFact { Name = m.Name, Value = m.Value, Unit = m.Unit, Year = m.Year, Evidence = Ev(m.Evidence, evidence) }).ToList(),
        };
        return facts with { OriginalText = Rebuild(evidence) };
    }

    private static List<EvidenceDto> Ev(IReadOnlyList<Evidence> evidence) => evidence.Select(e => new EvidenceDto(e.Start, e.End, e.Quote)).ToList();

    private static List<Evidence> Ev(List<EvidenceDto>? evidence, List<EvidenceDto> all)
    {
        if (evidence is null) return [];
        all.AddRange(evidence);
        return evidence.Select(e => new Evidence(e.Start, e.End, e.Quote)).ToList();
    }

    /// <summary>Places every quote at its offsets so evidence still equals OriginalText[start..end].</summary>
    private static string Rebuild(List<EvidenceDto> evidence)
    {
        var length = evidence.Count == 0 ? 0 : evidence.Max(e => e.End);
        var chars = new char[length];
        Array.Fill(chars, ' ');
        foreach (var e in evidence)
        {
            if (e.Start < 0 || e.End - e.Start != e.Quote.Length) continue;
            e.Quote.CopyTo(0, chars, e.Start, e.Quote.Length);
        }
        return new string(chars);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new ReportFormatException($"'{text}' is not a yyyy-MM-dd date.");
}
