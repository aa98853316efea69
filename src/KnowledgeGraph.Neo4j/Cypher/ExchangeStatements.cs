using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Export reads every node and link in a fixed order; import recreates them. Links that node properties
/// already imply (PART_OF, OF_REGION, ISSUED_BY, DELEGATED_FROM, HELD_BY, STATED_IN, ABOUT) are rebuilt from those
/// properties instead of being exported twice.
/// </summary>
public static class ExchangeStatements
{
    /// <summary>Line types in export order; node types are labels, the rest links and bookkeeping.</summary>
    public static IReadOnlyList<string> LineTypes { get; } =
    [
        NodeLabels.Region, NodeLabels.Agency, NodeLabels.Document, NodeLabels.Power, "BasedOn", NodeLabels.Report, "Cites",
        GraphSchema.Mention, NodeLabels.Delegation, "DelegatedTo", "AuthorizedBy", "Covers", NodeLabels.Responsibility,
        NodeLabels.Problem, NodeLabels.Metric, NodeLabels.Sentence, GraphSchema.Evidence, GraphSchema.Alias, "Curation",
    ];

    public static CypherStatement Export(string type) => new($"Export.{type}", type switch
    {
        "BasedOn" => "MATCH (d:Document)-[e:BASED_ON]->(b:Document) RETURN {id: e.id, documentId: d.id, basisId: b.id} AS row ORDER BY d.id, b.id",
        "Cites" => "MATCH (r:Report)-[:CITES]->(d:Document) RETURN {reportId: r.id, documentId: d.id} AS row ORDER BY r.id, d.id",
        "DelegatedTo" => "MATCH (d:Delegation)-[e:DELEGATED_TO]->(t) RETURN {delegationId: d.id, targetId: t.id, name: e.name, collective: coalesce(e.collective, false)} AS row ORDER BY d.id, e.name, t.id",
        "AuthorizedBy" => "MATCH (d:Delegation)-[e:AUTHORIZED_BY]->(doc:Document) RETURN {id: e.id, delegationId: d.id, documentId: doc.id} AS row ORDER BY d.id, doc.id",
        "Covers" => "MATCH (d:Delegation)-[:COVERS]->(p:Power) RETURN {delegationId: d.id, powerId: p.id} AS row ORDER BY d.id, p.id",
        GraphSchema.Mention => "MATCH (m:Mention) RETURN m {.*} AS row ORDER BY m.reportId, m.factId",
        GraphSchema.Evidence => "MATCH (e:Evidence) RETURN e {.*} AS row ORDER BY e.factId, e.reportId, e.start, e.end, e.quote",
        GraphSchema.Alias => "MATCH (a:Alias) RETURN a {.*} AS row ORDER BY a.mergedId",
        "Curation" => "MATCH (c:CurationEntry) RETURN c {.*} AS row ORDER BY c.sequence",
        var label => $"MATCH (n:{label}) RETURN n {{.*}} AS row ORDER BY n.id",
    });

    public static readonly CypherStatement StoreIsEmpty = new("Import.StoreIsEmpty", """
        OPTIONAL MATCH (r:Report) WITH count(r) AS reports
        OPTIONAL MATCH (g:Region) WITH reports, count(g) AS regions
        RETURN reports = 0 AND regions = 0 AS empty
        """);

    /// <summary>Nodes and bookkeeping rows are created with exactly the exported properties.</summary>
    public static CypherStatement CreateRows(string label) => new($"Import.Create.{label}", $$"""
        UNWIND $rows AS row
        CREATE (n:{{label}})
        SET n = row
        """, "rows");

    public static readonly CypherStatement ImportCites = new("Import.Cites", """
        UNWIND $rows AS row
        MATCH (r:Report {id: row.reportId})
        MATCH (d:Document {id: row.documentId})
        MERGE (r)-[:CITES]->(d)
        """, "rows");

    public static readonly CypherStatement ImportAuthorizedBy = new("Import.AuthorizedBy", """
        UNWIND $rows AS row
        MATCH (d:Delegation {id: row.delegationId})
        MATCH (doc:Document {id: row.documentId})
        MERGE (d)-[e:AUTHORIZED_BY]->(doc)
        SET e.id = row.id
        """, "rows");

    /// <summary>Links implied by id properties, rebuilt after an import.</summary>
    public static IReadOnlyList<CypherStatement> ImpliedLinks { get; } =
    [
        new("Import.Link.PartOf", "MATCH (r:Region) WHERE r.parentId IS NOT NULL MATCH (p:Region {id: r.parentId}) MERGE (r)-[:PART_OF]->(p)"),
        new("Import.Link.OfRegion", "MATCH (a:Agency) WHERE a.regionId IS NOT NULL MATCH (g:Region {id: a.regionId}) MERGE (a)-[:OF_REGION]->(g)"),
        new("Import.Link.IssuedBy", "MATCH (d:Document) WHERE d.issuerId IS NOT NULL MATCH (a:Agency {id: d.issuerId}) MERGE (d)-[:ISSUED_BY]->(a)"),
        new("Import.Link.DelegatedFrom", "MATCH (d:Delegation) WHERE d.fromId IS NOT NULL MATCH (a:Agency {id: d.fromId}) MERGE (d)-[:DELEGATED_FROM]->(a)"),
        new("Import.Link.HeldBy", "MATCH (r:Responsibility) WHERE r.holderId IS NOT NULL MATCH (a:Agency {id: r.holderId}) MERGE (r)-[:HELD_BY]->(a)"),
        new("Import.Link.StatedIn", """
            MATCH (n) WHERE (n:Delegation OR n:Responsibility OR n:Problem OR n:Metric OR n:Sentence) AND n.reportId IS NOT NULL
            MATCH (r:Report {id: n.reportId}) MERGE (n)-[:STATED_IN]->(r)
            """),
        new("Import.Link.About", """
            MATCH (n) WHERE (n:Report OR n:Delegation OR n:Responsibility OR n:Problem OR n:Metric) AND n.regionId IS NOT NULL
            MATCH (g:Region {id: n.regionId}) MERGE (n)-[:ABOUT]->(g)
            """),
    ];

    public static IEnumerable<CypherStatement> Generated =>
        LineTypes.Select(Export)
            .Concat(NodeLabels.All.Concat([GraphSchema.Mention, GraphSchema.Evidence, GraphSchema.Alias, GraphSchema.CurationEntry]).Select(CreateRows))
            .Concat(ImpliedLinks);
}
