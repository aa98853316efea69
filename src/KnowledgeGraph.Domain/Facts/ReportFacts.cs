using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Domain.Facts;

/// <summary>
/// Everything extraction reads out of one report: the unit that storage writes in one transaction.
/// OriginalText is kept so evidence spans can be shown and re-checked.
/// </summary>
public sealed record ReportFacts
{
    public required ReportMeta Report { get; init; }
    public required string OriginalText { get; init; }
    public string? SourceName { get; init; }
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    public IReadOnlyList<DocumentFact> Documents { get; init; } = [];
    public IReadOnlyList<AgencyFact> Agencies { get; init; } = [];
    public IReadOnlyList<TownshipFact> Townships { get; init; } = [];
    public IReadOnlyList<DelegationFact> Delegations { get; init; } = [];
    public IReadOnlyList<ResponsibilityFact> Responsibilities { get; init; } = [];
    public IReadOnlyList<ProblemFact> Problems { get; init; } = [];
    public IReadOnlyList<MetricFact> Metrics { get; init; } = [];

    /// <summary>SHA-256 (hex) of the original text: loading the same content twice changes nothing.</summary>
    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(OriginalText)));
}
