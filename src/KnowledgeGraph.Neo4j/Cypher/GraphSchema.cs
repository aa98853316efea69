using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The labels, relationship types and property keys of our graph in Neo4j: the dbSchema the Cypher lint checks
/// every statement against, so a misspelt label or property is caught before it silently matches nothing.
/// </summary>
public static class GraphSchema
{
    /// <summary>Bookkeeping labels beside the graph's own node labels.</summary>
    public const string Evidence = "Evidence";
    public const string Mention = "Mention";
    public const string Alias = "Alias";
    public const string CurationEntry = "CurationEntry";
    public const string GraphMeta = "GraphMeta";
    public const string Correction = "Correction";

    public static IReadOnlyList<string> Labels { get; } =
        [.. NodeLabels.All, Evidence, Mention, Alias, CurationEntry, GraphMeta, Correction];

    public static IReadOnlyList<string> RelationshipTypes { get; } =
        Enum.GetValues<Relation>().Select(RelationshipType).ToList();

    public static IReadOnlyList<string> PropertyKeys { get; } =
    [
        "id", "name", "level", "parentId", "curation", "kind", "regionId", "aliases", "title", "titleKey", "number",
        "issuerName", "issuerId", "year", "date", "category", "field", "reportId", "mode", "fromId", "fromName",
        "matters", "itemCount", "recipientCount", "authorizedById", "role", "holder", "holderId", "task", "text",
        "found", "rectified", "status", "value", "unit", "start", "end", "sectionPath", "section", "jurisdiction",
        "issuer", "issuedDate", "contentHash", "sourceName", "textLength", "loadedAt", "factId", "quote",
        "fingerprint", "collective", "key", "version", "mergedId", "keptId", "sequence", "action", "actor", "note",
        "detail", "graphVersion", "valueText", "ordinal", "changes", "item",
    ];

    /// <summary>
    /// Keys of the row maps our statements UNWIND ($rows … row.documentId): not stored properties, but the linter
    /// checks every key access against one list, so they are declared here, apart from the stored ones.
    /// </summary>
    public static IReadOnlyList<string> ParameterKeys { get; } =
        ["documentId", "basisId", "delegationId", "targetId", "powerId", "props", "authorizedByFactId", "oldId", "newId"];

    /// <summary>PartOf → PART_OF: the enum names the types, Neo4j spells them in upper snake case.</summary>
    public static string RelationshipType(Relation relation) => relation switch
    {
        Relation.PartOf => "PART_OF",
        Relation.OfRegion => "OF_REGION",
        Relation.IssuedBy => "ISSUED_BY",
        Relation.BasedOn => "BASED_ON",
        Relation.DelegatedFrom => "DELEGATED_FROM",
        Relation.DelegatedTo => "DELEGATED_TO",
        Relation.AuthorizedBy => "AUTHORIZED_BY",
        Relation.Covers => "COVERS",
        Relation.HeldBy => "HELD_BY",
        Relation.StatedIn => "STATED_IN",
        Relation.About => "ABOUT",
        Relation.Cites => "CITES",
        Relation.RecurrenceOf => "RECURRENCE_OF",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, null),
    };

    /// <summary>Labels whose nodes one report owns (deleted with it); the rest are shared between reports.</summary>
    public static IReadOnlyList<string> ReportOwnedLabels { get; } =
        [NodeLabels.Delegation, NodeLabels.Responsibility, NodeLabels.Problem, NodeLabels.Metric, NodeLabels.Sentence];

    public static IReadOnlyList<string> SharedLabels { get; } =
        [NodeLabels.Region, NodeLabels.Agency, NodeLabels.Document, NodeLabels.Power];
}
