using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;
using static KnowledgeGraph.Neo4j.Store.ExchangeFormat;

namespace KnowledgeGraph.Neo4j.Store;

/// <summary>
/// Between export lines (<see cref="ExchangeFormat"/>) and what Neo4j stores. Nodes go through the domain records
/// and <see cref="NodeProperties"/>, so an imported node carries exactly the properties an ingest writes.
/// </summary>
internal static class ExchangeRows
{
    /// <summary>Labels whose nodes carry a curation status in Neo4j (ingest sets it; Power and Report have none).</summary>
    private static readonly HashSet<string> CuratedInNeo4j =
    [
        NodeLabels.Region, NodeLabels.Agency, NodeLabels.Document, NodeLabels.Delegation, NodeLabels.Responsibility,
        NodeLabels.Problem, NodeLabels.Metric, NodeLabels.Sentence,
    ];

    // the agency table's spelling of an alias list (SQLite's json_group_array): distinct, sorted, characters as they are
    private static readonly JsonSerializerOptions AliasJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool IsNode(string type) => NodeLabels.All.Contains(type);

    /// <summary>A row an export statement returned, as the fields of its line.</summary>
    public static Dictionary<string, object?> ToLine(string type, IReadOnlyDictionary<string, object?> row)
    {
        if (IsNode(type)) return NodeFields(NodeProperties.Read(type, row), row);
        return type switch
        {
            DelegatedTo => Fields(("delegationId", row["delegationId"]), ("ordinal", Number(row["ordinal"])), ("targetId", row["targetId"]),
                ("targetLabel", row["targetLabel"]), ("name", row["name"]), ("collective", Number(row.TryGetValue("collective", out var c) ? c ?? false : false))),
            Curation => Fields(("seq", Number(row["sequence"])), ("factId", row["factId"]), ("action", row["action"]), ("actor", row["actor"]),
                ("note", Get(row, "note")), ("detail", Get(row, "detail")), ("graphVersion", Number(row["graphVersion"]))),
            _ => row.ToDictionary(kv => kv.Key, kv => Number(kv.Value), StringComparer.Ordinal),
        };
    }

    /// <summary>A line's fields as the row its import statement takes (nodes: their Neo4j properties).</summary>
    public static Dictionary<string, object?> ToNeo4j(string type, IReadOnlyDictionary<string, object?> f)
    {
        if (IsNode(type))
        {
            var node = Node(type, f);
            var props = NodeProperties.Of(node);
            if (CuratedInNeo4j.Contains(type)) props["curation"] = Status(f).ToString();
            switch (node)
            {
                case DocumentNode d: props["titleKey"] = d.Title; break; // as an ingest creates it
                case ReportNode: props["text"] = Required(f, "originalText"); break;
            }
            return props;
        }
        return type switch
        {
            DelegatedTo => Fields(("delegationId", Required(f, "delegationId")), ("ordinal", Long(f, "ordinal")), ("targetId", Required(f, "targetId")),
                ("name", Required(f, "name")), ("collective", Long(f, "collective") is > 0)),
            Curation => Fields(("sequence", Long(f, "seq")), ("factId", Text(f, "factId")), ("action", Text(f, "action")), ("actor", Text(f, "actor")),
                ("note", Text(f, "note")), ("detail", Text(f, "detail")), ("graphVersion", Long(f, "graphVersion"))),
            _ => new Dictionary<string, object?>(f, StringComparer.Ordinal),
        };
    }

    private static Dictionary<string, object?> NodeFields(GraphNode node, IReadOnlyDictionary<string, object?> row) => node switch
    {
        RegionNode r => Fields(("id", r.Id), ("name", r.Name), ("level", Number(r.Level)), ("parentId", r.ParentId), ("status", Number(r.Curation))),
        AgencyNode a => Fields(("id", a.Id), ("name", a.Name), ("kind", Number(a.Kind)), ("regionId", a.RegionId),
            ("aliases", JsonSerializer.Serialize(a.Aliases.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), AliasJson)), ("status", Number(a.Curation))),
        DocumentNode d => Fields(("id", d.Id), ("title", d.Title), ("number", d.Number?.ToString()), ("issuerCode", d.Number?.IssuerCode),
            ("numberYear", Number(d.Number?.Year)), ("serial", d.Number?.Serial), ("issuerName", d.IssuerName), ("issuerId", d.IssuerId),
            ("kind", Number(d.Kind)), ("year", Number(d.Year)), ("date", Date(d.Date)), ("regionId", d.RegionId), ("status", Number(d.Curation))),
        PowerNode p => Fields(("id", p.Id), ("category", p.Category), ("field", p.Field), ("item", p.Item)),
        ReportNode r => Fields(("id", r.Id), ("regionId", r.RegionId), ("jurisdiction", r.Jurisdiction), ("year", Number(r.Year)), ("title", r.Title),
            ("issuer", r.Issuer), ("issuedDate", Date(r.IssuedDate)), ("contentHash", r.ContentHash), ("sourceName", r.SourceName),
            ("originalText", Get(row, "text")), ("loadedAt", r.LoadedAt.ToString("O", CultureInfo.InvariantCulture))),
        // a delegation's year is its report's: the export statement reads it from there
        DelegationNode d => Fields(("id", d.Id), ("reportId", d.ReportId), ("regionId", d.RegionId), ("year", Number(Get(row, "year"))),
            ("mode", Number(d.Mode)), ("fromId", d.FromId), ("fromName", d.FromName), ("matters", d.Matters), ("itemCount", Number(d.ItemCount)),
            ("recipientCount", Number(d.RecipientCount)), ("date", Date(d.Date)), ("authorizedById", d.AuthorizedById), ("status", Number(d.Curation))),
        ResponsibilityNode r => Fields(("id", r.Id), ("reportId", r.ReportId), ("regionId", r.RegionId), ("year", Number(r.Year)), ("role", Number(r.Role)),
            ("holder", r.Holder), ("holderId", r.HolderId), ("task", r.Task), ("status", Number(r.Curation))),
        ProblemNode p => Fields(("id", p.Id), ("reportId", p.ReportId), ("regionId", p.RegionId), ("year", Number(p.Year)), ("text", p.Text),
            ("category", p.Category), ("found", Number(p.Found)), ("rectified", Number(p.Rectified)), ("problemStatus", Number(p.Status)),
            ("status", Number(p.Curation))),
        MetricNode m => Fields(("id", m.Id), ("reportId", m.ReportId), ("regionId", m.RegionId), ("year", Number(m.Year)), ("name", m.Name),
            ("value", m.Value.ToString(CultureInfo.InvariantCulture)), ("unit", m.Unit), ("status", Number(m.Curation))),
        SentenceNode s => Fields(("id", s.Id), ("reportId", s.ReportId), ("start", Number(s.Start)), ("end", Number(s.End)), ("text", s.Text),
            ("sectionPath", s.SectionPath), ("section", Number(s.Section))),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Not a node type of the graph."),
    };

    private static GraphNode Node(string label, IReadOnlyDictionary<string, object?> f)
    {
        var id = Required(f, "id");
        return label switch
        {
            NodeLabels.Region => new RegionNode(id, Required(f, "name"), Enum<RegionLevel>(f, "level"), Text(f, "parentId"), Status(f)),
            NodeLabels.Agency => new AgencyNode(id, Required(f, "name"), Enum<AgencyKind>(f, "kind"), Text(f, "regionId"),
                JsonSerializer.Deserialize<List<string>>(Text(f, "aliases") ?? "[]") ?? [], Status(f)),
            NodeLabels.Document => new DocumentNode(id, Required(f, "title"),
                Text(f, "issuerCode") is { } code ? new DocNumber(code, Int(f, "numberYear") ?? 0, Required(f, "serial")) : null,
                Text(f, "issuerName"), Text(f, "issuerId"), Enum<DocumentKind>(f, "kind"), Int(f, "year"), Date(f, "date"), Text(f, "regionId"), Status(f)),
            NodeLabels.Power => new PowerNode(id, Text(f, "category"), Text(f, "field"), Text(f, "item")),
            NodeLabels.Report => new ReportNode(id, Required(f, "regionId"), Required(f, "jurisdiction"), Int(f, "year") ?? 0, Text(f, "title"),
                Text(f, "issuer"), Date(f, "issuedDate"), Required(f, "contentHash"), Text(f, "sourceName"), Required(f, "originalText").Length,
                DateTimeOffset.Parse(Required(f, "loadedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)),
            NodeLabels.Delegation => new DelegationNode(id, Required(f, "reportId"), Required(f, "regionId"), Enum<DelegationMode>(f, "mode"),
                Text(f, "fromId"), Text(f, "fromName"), Text(f, "matters"), Int(f, "itemCount"), Int(f, "recipientCount"), Date(f, "date"),
                Text(f, "authorizedById"), Status(f)),
            NodeLabels.Responsibility => new ResponsibilityNode(id, Required(f, "reportId"), Required(f, "regionId"), Int(f, "year") ?? 0,
                Enum<ResponsibilityRole>(f, "role"), Required(f, "holder"), Text(f, "holderId"), Text(f, "task"), Status(f)),
            NodeLabels.Problem => new ProblemNode(id, Required(f, "reportId"), Required(f, "regionId"), Int(f, "year") ?? 0, Required(f, "text"),
                Text(f, "category"), Int(f, "found"), Int(f, "rectified"), Enum<ProblemStatus>(f, "problemStatus"), Status(f)),
            NodeLabels.Metric => new MetricNode(id, Required(f, "reportId"), Required(f, "regionId"), Int(f, "year") ?? 0, Required(f, "name"),
                decimal.Parse(Required(f, "value"), NumberStyles.Float, CultureInfo.InvariantCulture), Text(f, "unit"), Status(f)),
            NodeLabels.Sentence => new SentenceNode(id, Required(f, "reportId"), Int(f, "start") ?? 0, Int(f, "end") ?? 0, Required(f, "text"),
                Text(f, "sectionPath") ?? "", Enum<SectionKind>(f, "section")),
            _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a node label of the graph."),
        };
    }

    private static FactStatus Status(IReadOnlyDictionary<string, object?> f) => Enum<FactStatus>(f, "status");

    private static T Enum<T>(IReadOnlyDictionary<string, object?> f, string name) where T : struct, System.Enum =>
        (T)System.Enum.ToObject(typeof(T), Long(f, name) ?? 0);

    private static int? Int(IReadOnlyDictionary<string, object?> f, string name) => Long(f, name) is { } l ? checked((int)l) : null;

    private static DateOnly? Date(IReadOnlyDictionary<string, object?> f, string name) =>
        Text(f, name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A value as the export writes numbers: integers and enums as long, booleans as 0/1; text and null as they are.</summary>
    private static object? Number(object? value) => value switch
    {
        null => null,
        bool b => b ? 1L : 0L,
        System.Enum e => System.Convert.ToInt64(e, CultureInfo.InvariantCulture),
        int i => (long)i,
        long l => l,
        string s => s,
        var other => throw new InvalidOperationException($"{other.GetType().Name} is not a value of the export format."),
    };

    private static object? Get(IReadOnlyDictionary<string, object?> row, string key) => row.TryGetValue(key, out var v) ? v : null;

    private static Dictionary<string, object?> Fields(params (string Name, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
