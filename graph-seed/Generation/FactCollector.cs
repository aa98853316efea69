using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// Gathers the facts a composed report states, in the order the text states them. A document or body named
/// twice is one fact with two pieces of evidence, as extraction would report it.
/// </summary>
internal sealed class FactCollector(string jurisdiction)
{
    private readonly List<DocumentFact> _documents = [];
    private readonly List<AgencyFact> _agencies = [];
    private readonly List<TownshipFact> _townships = [];
    private readonly List<DelegationFact> _delegations = [];
    private readonly List<ResponsibilityFact> _responsibilities = [];
    private readonly List<ProblemFact> _problems = [];
    private readonly List<MetricFact> _metrics = [];

    public void Document(string title, DocNumber? number, string? issuer, DocumentKind kind, Evidence evidence, string? basedOn = null)
    {
        var at = _documents.FindIndex(d => d.Title == title);
        if (at >= 0)
        {
            var known = _documents[at];
            _documents[at] = known with { Number = known.Number ?? number, Issuer = known.Issuer ?? issuer, Evidence = [.. known.Evidence, evidence] };
            return;
        }
        _documents.Add(new DocumentFact
        {
            Title = title,
            Number = number,
            Issuer = issuer,
            Kind = kind,
            Year = number?.Year,
            BasedOn = basedOn is null ? [] : [basedOn],
            Evidence = [evidence],
        });
    }

    public void Agency(Department department, string written, Evidence evidence) =>
        Agency(written, department.Normalized(jurisdiction), department.Kind, evidence);

    public void Agency(string written, string normalized, AgencyKind kind, Evidence evidence)
    {
        var at = _agencies.FindIndex(a => a.Normalized == normalized);
        if (at < 0)
        {
            _agencies.Add(new AgencyFact { Name = written, Normalized = normalized, Kind = kind, Evidence = [evidence] });
            return;
        }
        var known = _agencies[at];
        var aliases = written == known.Name || known.Aliases.Contains(written) ? known.Aliases : [.. known.Aliases, written];
        _agencies[at] = known with { Aliases = aliases, Evidence = [.. known.Evidence, evidence] };
    }

    public void Township(string name, RegionLevel level, Evidence evidence)
    {
        var at = _townships.FindIndex(t => t.Name == name);
        if (at >= 0) _townships[at] = _townships[at] with { Evidence = [.. _townships[at].Evidence, evidence] };
        else _townships.Add(new TownshipFact { Name = name, Level = level, Evidence = [evidence] });
    }

    public void Delegation(DelegationMode mode, string? from, IReadOnlyList<string> to, string matters, IReadOnlyList<PowerRef> powers,
        int items, int? recipients, DateOnly? date, string? authorizedBy, Evidence evidence) =>
        _delegations.Add(new DelegationFact
        {
            Mode = mode,
            From = from,
            To = to,
            Matters = matters,
            Powers = powers,
            ItemCount = items,
            RecipientCount = recipients,
            Date = date,
            AuthorizedBy = authorizedBy,
            Evidence = [evidence],
        });

    public void Responsibility(string holder, ResponsibilityRole role, string task, Evidence evidence) =>
        _responsibilities.Add(new ResponsibilityFact { Holder = holder, Role = role, Task = task, Evidence = [evidence] });

    public void Problem(string text, string category, int? found, int? rectified, ProblemStatus status, Evidence evidence) =>
        _problems.Add(new ProblemFact { Text = text, Category = category, Found = found, Rectified = rectified, Status = status, Evidence = [evidence] });

    public void Metric(string name, decimal value, string unit, int year, Evidence evidence) =>
        _metrics.Add(new MetricFact { Name = name, Value = value, Unit = unit, Year = year, Evidence = [evidence] });

    public ReportFacts Build(ReportMeta meta, string originalText, IReadOnlyList<Sentence> sentences) => new()
    {
        Report = meta,
        OriginalText = originalText,
        SourceName = SyntheticCorpus.FileNameOf(meta),
        Sentences = sentences,
        Documents = _documents.ToArray(),
        Agencies = _agencies.ToArray(),
        Townships = _townships.ToArray(),
        Delegations = _delegations.ToArray(),
        Responsibilities = _responsibilities.ToArray(),
        Problems = _problems.ToArray(),
        Metrics = _metrics.ToArray(),
    };
}
