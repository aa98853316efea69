using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Per label: the node table, the columns a reader selects (with a table alias) and how a row becomes a node.
/// Selecting and reading share one column list so they cannot drift apart.
/// </summary>
internal sealed record NodeRows(string Label, string Table, string Alias, string Columns, Func<SqliteDataReader, GraphNode> Read, bool Curated)
{
    public string Select => string.Join(", ", Columns.Split(',').Select(c => c.Trim()).Select(c =>
        c.Contains('(', StringComparison.Ordinal) ? c.Replace("(", "(" + Alias + ".", StringComparison.Ordinal) : Alias + "." + c));

    /// <summary>SQL condition hiding rejected facts (true for labels without curation).</summary>
    public string Visible => Curated ? $"{Alias}.status <> 3" : "1 = 1";

    public static readonly NodeRows Region = new(NodeLabels.Region, "region", "g", "id, name, level, parent_id, status",
        r => new RegionNode(r.GetString(0), r.GetString(1), r.Enum<RegionLevel>(2), r.Text(3), r.Enum<FactStatus>(4)), true);

    public static readonly NodeRows Agency = new(NodeLabels.Agency, "agency", "a", "id, name, kind, region_id, aliases, status",
        r => new AgencyNode(r.GetString(0), r.GetString(1), r.Enum<AgencyKind>(2), r.Text(3),
            JsonSerializer.Deserialize<List<string>>(r.GetString(4)) ?? [], r.Enum<FactStatus>(5)), true);

    public static readonly NodeRows Document = new(NodeLabels.Document, "document", "d",
        "id, title, issuer_code, number_year, serial, issuer_name, issuer_id, kind, year, date, region_id, status",
        r => new DocumentNode(r.GetString(0), r.GetString(1), r.Number(2), r.Text(5), r.Text(6), r.Enum<DocumentKind>(7),
            r.Int(8), r.Date(9), r.Text(10), r.Enum<FactStatus>(11)), true);

    public static readonly NodeRows Power = new(NodeLabels.Power, "power", "p", "id, category, field, item",
        r => new PowerNode(r.GetString(0), r.Text(1), r.Text(2), r.Text(3)), false);

    public static readonly NodeRows Delegation = new(NodeLabels.Delegation, "delegation", "dl",
        "id, report_id, region_id, mode, from_id, from_name, matters, item_count, recipient_count, date, authorized_by_id, status",
        r => new DelegationNode(r.GetString(0), r.GetString(1), r.GetString(2), r.Enum<DelegationMode>(3), r.Text(4), r.Text(5),
            r.Text(6), r.Int(7), r.Int(8), r.Date(9), r.Text(10), r.Enum<FactStatus>(11)), true);

    public static readonly NodeRows Responsibility = new(NodeLabels.Responsibility, "responsibility", "rs",
        "id, report_id, region_id, year, role, holder, holder_id, task, status",
        r => new ResponsibilityNode(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.Enum<ResponsibilityRole>(4),
            r.GetString(5), r.Text(6), r.Text(7), r.Enum<FactStatus>(8)), true);

    public static readonly NodeRows Problem = new(NodeLabels.Problem, "problem", "pb",
        "id, report_id, region_id, year, text, category, found, rectified, problem_status, status",
        r => new ProblemNode(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.Text(5), r.Int(6),
            r.Int(7), r.Enum<ProblemStatus>(8), r.Enum<FactStatus>(9)), true);

    public static readonly NodeRows Metric = new(NodeLabels.Metric, "metric", "m",
        "id, report_id, region_id, year, name, value, unit, status",
        r => new MetricNode(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.Decimal(5), r.Text(6),
            r.Enum<FactStatus>(7)), true);

    public static readonly NodeRows Report = new(NodeLabels.Report, "report", "rp",
        "id, region_id, jurisdiction, year, title, issuer, issued_date, content_hash, source_name, length(original_text), loaded_at",
        r => new ReportNode(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.Text(4), r.Text(5), r.Date(6),
            r.GetString(7), r.Text(8), r.GetInt32(9), DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture)), false);

    public static readonly NodeRows Sentence = new(NodeLabels.Sentence, "sentence", "s",
        "id, report_id, start, end, text, section_path, section",
        r => new SentenceNode(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetString(5),
            r.Enum<SectionKind>(6)), false);

    public static readonly IReadOnlyDictionary<string, NodeRows> ByLabel =
        new[] { Region, Agency, Document, Power, Delegation, Responsibility, Problem, Metric, Report, Sentence }
            .ToDictionary(n => n.Label, StringComparer.Ordinal);

    public static NodeRows? ForId(string id) =>
        StableId.TypeOf(id) is { } label && ByLabel.TryGetValue(label, out var rows) ? rows : null;
}
