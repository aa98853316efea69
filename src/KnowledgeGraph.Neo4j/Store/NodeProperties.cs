using System.Globalization;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Store;

/// <summary>
/// Node records as Neo4j property maps (camelCase keys, enums by name, dates as DATE, decimals as FLOAT) and back.
/// One place for the mapping, so writes, reads and export agree.
/// </summary>
internal static class NodeProperties
{
    public static Dictionary<string, object?> Of(GraphNode node) => node switch
    {
        RegionNode r => new() { ["id"] = r.Id, ["name"] = r.Name, ["level"] = r.Level.ToString(), ["parentId"] = r.ParentId },
        AgencyNode a => new() { ["id"] = a.Id, ["name"] = a.Name, ["kind"] = a.Kind.ToString(), ["regionId"] = a.RegionId, ["aliases"] = a.Aliases.ToList() },
        DocumentNode d => new()
        {
            ["id"] = d.Id, ["title"] = d.Title, ["number"] = d.Number?.ToString(), ["issuerName"] = d.IssuerName, ["issuerId"] = d.IssuerId,
            ["kind"] = d.Kind.ToString(), ["year"] = d.Year, ["date"] = d.Date, ["regionId"] = d.RegionId,
        },
        PowerNode p => new() { ["id"] = p.Id, ["category"] = p.Category, ["field"] = p.Field, ["item"] = p.Item },
        DelegationNode d => new()
        {
            ["id"] = d.Id, ["reportId"] = d.ReportId, ["regionId"] = d.RegionId, ["mode"] = d.Mode.ToString(), ["fromId"] = d.FromId,
            ["fromName"] = d.FromName, ["matters"] = d.Matters, ["itemCount"] = d.ItemCount, ["recipientCount"] = d.RecipientCount,
            ["date"] = d.Date, ["authorizedById"] = d.AuthorizedById,
        },
        ResponsibilityNode r => new()
        {
            ["id"] = r.Id, ["reportId"] = r.ReportId, ["regionId"] = r.RegionId, ["year"] = r.Year, ["role"] = r.Role.ToString(),
            ["holder"] = r.Holder, ["holderId"] = r.HolderId, ["task"] = r.Task,
        },
        ProblemNode p => new()
        {
            ["id"] = p.Id, ["reportId"] = p.ReportId, ["regionId"] = p.RegionId, ["year"] = p.Year, ["text"] = p.Text,
            ["category"] = p.Category, ["found"] = p.Found, ["rectified"] = p.Rectified, ["status"] = p.Status.ToString(),
        },
        MetricNode m => new()
        {
            ["id"] = m.Id, ["reportId"] = m.ReportId, ["regionId"] = m.RegionId, ["year"] = m.Year, ["name"] = m.Name,
            // FLOAT for sorting and sums; the exact decimal (scale included: 98.50) as text beside it
            ["value"] = m.Value, ["valueText"] = m.Value.ToString(CultureInfo.InvariantCulture), ["unit"] = m.Unit,
        },
        SentenceNode s => new()
        {
            ["id"] = s.Id, ["reportId"] = s.ReportId, ["start"] = s.Start, ["end"] = s.End, ["text"] = s.Text,
            ["sectionPath"] = s.SectionPath, ["section"] = s.Section.ToString(),
        },
        ReportNode r => new()
        {
            ["id"] = r.Id, ["regionId"] = r.RegionId, ["jurisdiction"] = r.Jurisdiction, ["year"] = r.Year, ["title"] = r.Title,
            ["issuer"] = r.Issuer, ["issuedDate"] = r.IssuedDate, ["contentHash"] = r.ContentHash, ["sourceName"] = r.SourceName,
            ["textLength"] = r.TextLength, ["loadedAt"] = r.LoadedAt,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Not a node type of the graph."),
    };

    /// <summary>The node as stored under <paramref name="label"/>; <c>curation</c> defaults to Extracted.</summary>
    public static GraphNode Read(string label, IReadOnlyDictionary<string, object?> p)
    {
        var id = Str(p, "id")!;
        var curation = Enum<FactStatus>(p, "curation");
        return label switch
        {
            NodeLabels.Region => new RegionNode(id, Str(p, "name")!, Enum<Domain.RegionLevel>(p, "level"), Str(p, "parentId"), curation),
            NodeLabels.Agency => new AgencyNode(id, Str(p, "name")!, Enum<Domain.AgencyKind>(p, "kind"), Str(p, "regionId"),
                p.TryGetValue("aliases", out var al) && al is IEnumerable<object?> list ? list.OfType<string>().ToList() : [], curation),
            NodeLabels.Document => new DocumentNode(id, Str(p, "title")!,
                Str(p, "number") is { } n && Domain.DocNumber.TryParse(n, out var number) ? number : null,
                Str(p, "issuerName"), Str(p, "issuerId"), Enum<Domain.DocumentKind>(p, "kind"), Int(p, "year"), Date(p, "date"), Str(p, "regionId"), curation),
            NodeLabels.Power => new PowerNode(id, Str(p, "category"), Str(p, "field"), Str(p, "item")),
            NodeLabels.Delegation => new DelegationNode(id, Str(p, "reportId")!, Str(p, "regionId")!, Enum<Domain.DelegationMode>(p, "mode"),
                Str(p, "fromId"), Str(p, "fromName"), Str(p, "matters"), Int(p, "itemCount"), Int(p, "recipientCount"), Date(p, "date"),
                Str(p, "authorizedById"), curation),
            NodeLabels.Responsibility => new ResponsibilityNode(id, Str(p, "reportId")!, Str(p, "regionId")!, Int(p, "year") ?? 0,
                Enum<Domain.ResponsibilityRole>(p, "role"), Str(p, "holder")!, Str(p, "holderId"), Str(p, "task"), curation),
            NodeLabels.Problem => new ProblemNode(id, Str(p, "reportId")!, Str(p, "regionId")!, Int(p, "year") ?? 0, Str(p, "text")!,
                Str(p, "category"), Int(p, "found"), Int(p, "rectified"), Enum<Domain.ProblemStatus>(p, "status"), curation),
            NodeLabels.Metric => new MetricNode(id, Str(p, "reportId")!, Str(p, "regionId")!, Int(p, "year") ?? 0, Str(p, "name")!,
                Str(p, "valueText") is { } exact ? decimal.Parse(exact, NumberStyles.Float, CultureInfo.InvariantCulture) : Dec(p, "value"),
                Str(p, "unit"), curation),
            NodeLabels.Sentence => new SentenceNode(id, Str(p, "reportId")!, Int(p, "start") ?? 0, Int(p, "end") ?? 0, Str(p, "text")!,
                Str(p, "sectionPath") ?? "", Enum<Domain.SectionKind>(p, "section")),
            NodeLabels.Report => new ReportNode(id, Str(p, "regionId")!, Str(p, "jurisdiction")!, Int(p, "year") ?? 0, Str(p, "title"),
                Str(p, "issuer"), Date(p, "issuedDate"), Str(p, "contentHash")!, Str(p, "sourceName"), Int(p, "textLength") ?? 0,
                p.TryGetValue("loadedAt", out var at) && at is DateTimeOffset dto ? dto : default),
            _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a node label of the graph."),
        };
    }

    public static string? Str(IReadOnlyDictionary<string, object?> p, string key) => p.TryGetValue(key, out var v) ? v as string : null;

    public static int? Int(IReadOnlyDictionary<string, object?> p, string key) =>
        p.TryGetValue(key, out var v) && v is not null ? System.Convert.ToInt32(v, CultureInfo.InvariantCulture) : null;

    private static decimal Dec(IReadOnlyDictionary<string, object?> p, string key) =>
        p.TryGetValue(key, out var v) && v is not null ? System.Convert.ToDecimal(v, CultureInfo.InvariantCulture) : 0m;

    private static DateOnly? Date(IReadOnlyDictionary<string, object?> p, string key) => p.TryGetValue(key, out var v) && v is DateOnly d ? d : null;

    private static T Enum<T>(IReadOnlyDictionary<string, object?> p, string key) where T : struct, System.Enum =>
        Str(p, key) is { } s && System.Enum.TryParse<T>(s, out var value) ? value : default;
}
