using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Export and import in the one format both backends share (the SQLite store's lines). Export reads each line
/// type in the order and by the keys SQLite sorts on; import recreates nodes with exactly the properties an ingest
/// writes, then the links: those stated as lines (BASED_ON, DELEGATED_TO, COVERS) from their rows, those implied
/// by id properties (PART_OF, OF_REGION, ISSUED_BY, DELEGATED_FROM, AUTHORIZED_BY, HELD_BY, STATED_IN, ABOUT) and
/// CITES (a report's mentions of documents) from what is already imported.
/// </summary>
public static class ExchangeStatements
{
    public const string BasedOn = "BasedOn";
    public const string DelegatedTo = "DelegatedTo";
    public const string Covers = "Covers";
    public const string Curation = "Curation";

    /// <summary>Line types in export order.</summary>
    public static IReadOnlyList<string> LineTypes { get; } =
    [
        NodeLabels.Region, NodeLabels.Agency, NodeLabels.Document, NodeLabels.Power, BasedOn, NodeLabels.Report, GraphSchema.Mention,
        NodeLabels.Delegation, DelegatedTo, Covers, NodeLabels.Responsibility, NodeLabels.Problem, NodeLabels.Metric, NodeLabels.Sentence,
        GraphSchema.Evidence, GraphSchema.Alias, GraphSchema.Correction, Curation,
    ];

    /// <summary>Rows of one line type as maps in <c>row</c>, sorted like the SQLite export.</summary>
    public static CypherStatement Export(string type) => new($"Export.{type}", type switch
    {
        BasedOn => "MATCH (d:Document)-[e:BASED_ON]->(b:Document) RETURN {documentId: d.id, basisId: b.id, id: e.id} AS row ORDER BY d.id, b.id",
        DelegatedTo => """
            MATCH (d:Delegation)-[e:DELEGATED_TO]->(t)
            RETURN {delegationId: d.id, ordinal: e.ordinal, targetId: t.id, targetLabel: head(labels(t)), name: e.name, collective: e.collective} AS row
            ORDER BY d.id, e.ordinal
            """,
        Covers => "MATCH (d:Delegation)-[:COVERS]->(p:Power) RETURN {delegationId: d.id, powerId: p.id} AS row ORDER BY d.id, p.id",
        // a delegation's year is its report's (SQLite keeps it in a column)
        NodeLabels.Delegation => """
            MATCH (n:Delegation)
            OPTIONAL MATCH (r:Report {id: n.reportId})
            RETURN n {.*, year: r.year} AS row ORDER BY n.id
            """,
        GraphSchema.Mention => "MATCH (m:Mention) RETURN m {.reportId, .factId, .fingerprint} AS row ORDER BY m.reportId, m.factId",
        GraphSchema.Evidence => "MATCH (e:Evidence) RETURN e {.factId, .reportId, .start, .end, .quote} AS row ORDER BY e.factId, e.reportId, e.start, e.end",
        GraphSchema.Alias => "MATCH (a:Alias) RETURN a {.mergedId, .keptId} AS row ORDER BY a.mergedId",
        GraphSchema.Correction => "MATCH (c:Correction) RETURN c {.factId, .changes} AS row ORDER BY c.factId",
        Curation => "MATCH (c:CurationEntry) RETURN c {.*} AS row ORDER BY c.sequence",
        var label => $"MATCH (n:{label}) RETURN n {{.*}} AS row ORDER BY n.id",
    });

    public static readonly CypherStatement StoreIsEmpty = new("Import.StoreIsEmpty", """
        OPTIONAL MATCH (r:Report) WITH count(r) AS reports
        OPTIONAL MATCH (g:Region) WITH reports, count(g) AS regions
        RETURN reports = 0 AND regions = 0 AS empty
        """);

    /// <summary>Nodes and bookkeeping rows are created with exactly the given properties (nulls are not stored).</summary>
    public static CypherStatement CreateRows(string label) => new($"Import.Create.{label}", $$"""
        UNWIND $rows AS row
        CREATE (n:{{label}})
        SET n = row
        """, "rows");

    /// <summary>The import statement of a line type.</summary>
    public static CypherStatement Import(string type) => type switch
    {
        BasedOn => IngestStatements.MergeBasedOn,
        DelegatedTo => IngestStatements.MergeRecipients,
        Covers => IngestStatements.MergeCovers,
        Curation => CreateRows(GraphSchema.CurationEntry),
        var label => CreateRows(label),
    };

    /// <summary>AUTHORIZED_BY with its fact id, from the imported delegations' authorizedById.</summary>
    public static readonly CypherStatement ImportAuthorizedBy = new("Import.AuthorizedBy", """
        UNWIND $rows AS row
        MATCH (d:Delegation {id: row.delegationId})
        MATCH (doc:Document {id: row.documentId})
        MERGE (d)-[e:AUTHORIZED_BY]->(doc)
        SET e.id = row.id
        """, "rows");

    /// <summary>Curation entries keep their sequence numbers; later ones continue after the last imported.</summary>
    public static readonly CypherStatement ContinueSequence = new("Import.ContinueSequence", """
        MERGE (m:GraphMeta {key: 'graph'})
        ON CREATE SET m.version = 0
        SET m.sequence = $sequence
        """, "sequence");

    /// <summary>Links implied by what is imported, rebuilt after the rows.</summary>
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
        // CITES is what SQLite reads from mentions: every document a report mentions
        new("Import.Link.Cites", """
            MATCH (m:Mention)
            MATCH (r:Report {id: m.reportId})
            MATCH (d:Document {id: m.factId})
            MERGE (r)-[:CITES]->(d)
            """),
    ];

    public static IEnumerable<CypherStatement> Generated =>
        LineTypes.Select(Export)
            .Concat(LineTypes.Select(Import))
            .Concat(ImpliedLinks);
}
