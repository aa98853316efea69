using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>
/// A hand-checked gold file for one report (format: tests/KnowledgeGraph.Extraction.Tests/Gold/README.md).
/// </summary>
public sealed partial class GoldReport
{
    public GoldMeta? Report { get; init; }
    public IReadOnlyList<GoldDocument> Documents { get; init; } = [];
    public IReadOnlyList<GoldDelegation> Delegations { get; init; } = [];
    public IReadOnlyList<GoldResponsibility> Responsibilities { get; init; } = [];
    public IReadOnlyList<GoldProblem> Problems { get; init; } = [];
    public IReadOnlyList<GoldMetric> Metrics { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [GeneratedRegex(@"^\s*(?<v>\d+(\.\d+)?)\s*(?<u>\S+)\s*$")]
    private static partial Regex MetricText();

    public static GoldReport Load(string path) => Parse(File.ReadAllText(path));

    public static GoldReport Parse(string json)
    {
        try
        {
            var dto = JsonSerializer.Deserialize<GoldDto>(json, Options) ?? throw new ReportFormatException("The gold file is empty.");
            return new GoldReport
            {
                Report = dto.Report,
                Documents = dto.Documents ?? [],
                Delegations = dto.Delegations ?? [],
                Responsibilities = dto.Responsibilities ?? [],
                Problems = dto.Problems ?? [],
                Metrics = (dto.Metrics ?? []).Select(ParseMetric).ToList(),
            };
        }
        catch (JsonException ex)
        {
            throw new ReportFormatException("Not a gold file: " + ex.Message, ex);
        }
    }

    private static GoldMetric ParseMetric(string text)
    {
        var m = MetricText().Match(text);
        if (!m.Success) throw new ReportFormatException($"Gold metric '{text}' is not value+unit such as 4537条.");
        return new GoldMetric(decimal.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture), m.Groups["u"].Value);
    }

#pragma warning disable CA1812 // instantiated by System.Text.Json
    private sealed record GoldDto(GoldMeta? Report, List<GoldDocument>? Documents, List<GoldDelegation>? Delegations,
        List<GoldResponsibility>? Responsibilities, List<GoldProblem>? Problems, List<string>? Metrics);
#pragma warning restore CA1812
}

public sealed record GoldMeta(string? Jurisdiction, string? Level, string? ParentCity, string? Province, int? Year, string? Issuer, string? IssuedDate);

public sealed record GoldDocument(string Title, string? Number = null, string? Issuer = null, string? Kind = null);

public sealed record GoldDelegation(string Mode, int? ItemCount, string? Date, string? AuthorizedBy, string Anchor);

public sealed record GoldResponsibility(string Holder, string Role);

public sealed record GoldProblem(string Anchor, int? Found = null, int? Rectified = null);

public sealed record GoldMetric(decimal Value, string Unit);
