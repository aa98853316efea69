namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Writing one report: batched <c>UNWIND $rows … MERGE</c>, all inside one explicit transaction. Corrected facts
/// keep their corrected properties when a report is loaded again; rejected ones stay rejected.
/// </summary>
public static class IngestStatements
{
    public static readonly CypherStatement ExistingReport = new("Ingest.ExistingReport", """
        OPTIONAL MATCH (r:Report {id: $reportId})
        OPTIONAL MATCH (m:Mention {reportId: $reportId})
        RETURN r.contentHash AS contentHash, collect(m {.factId, .fingerprint}) AS mentions
        """, "reportId");

    public static readonly CypherStatement Aliases = new("Ingest.Aliases", """
        MATCH (a:Alias) RETURN a.mergedId AS mergedId, a.keptId AS keptId
        """);

    public static readonly CypherStatement MergeRegions = new("Ingest.MergeRegions", """
        UNWIND $rows AS row
        MERGE (r:Region {id: row.id})
        ON CREATE SET r.name = row.name, r.level = row.level, r.curation = 'Extracted'
        SET r.level = CASE WHEN r.curation = 'Corrected' OR row.level = 'Unknown' THEN r.level ELSE row.level END,
            r.parentId = coalesce(row.parentId, r.parentId)
        """, "rows");

    /// <summary>A second pass, so a parent written in the same batch always exists; a new parent replaces the old.</summary>
    public static readonly CypherStatement LinkRegions = new("Ingest.LinkRegions", """
        UNWIND $rows AS row
        MATCH (r:Region {id: row.id})
        MATCH (p:Region {id: row.parentId})
        OPTIONAL MATCH (r)-[old:PART_OF]->(other:Region) WHERE other.id <> row.parentId
        DELETE old
        MERGE (r)-[:PART_OF]->(p)
        """, "rows");

    public static readonly CypherStatement MergeAgencies = new("Ingest.MergeAgencies", """
        UNWIND $rows AS row
        MERGE (a:Agency {id: row.id})
        ON CREATE SET a.name = row.name, a.kind = row.kind, a.regionId = row.regionId, a.aliases = [], a.curation = 'Extracted'
        SET a.kind = CASE WHEN a.curation = 'Corrected' OR row.kind = 'Other' THEN a.kind ELSE row.kind END,
            a.aliases = reduce(acc = [], x IN coalesce(a.aliases, []) + row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
        WITH a, row WHERE row.regionId IS NOT NULL
        MATCH (g:Region {id: row.regionId})
        MERGE (a)-[:OF_REGION]->(g)
        """, "rows");

    /// <summary>What one report says about a document completes what others said (first value wins), like the builder's Combine.</summary>
    public static readonly CypherStatement MergeDocuments = new("Ingest.MergeDocuments", """
        UNWIND $rows AS row
        MERGE (d:Document {id: row.id})
        ON CREATE SET d.title = row.title, d.titleKey = row.title, d.curation = 'Extracted'
        SET d.number = coalesce(d.number, row.number),
            d.issuerName = coalesce(d.issuerName, row.issuerName),
            d.issuerId = coalesce(d.issuerId, row.issuerId),
            d.kind = CASE WHEN d.kind IS NULL OR d.kind = 'Unknown' THEN row.kind ELSE d.kind END,
            d.year = coalesce(d.year, row.year),
            d.date = coalesce(d.date, row.date),
            d.regionId = coalesce(d.regionId, row.regionId)
        WITH d, row WHERE row.issuerId IS NOT NULL
        MATCH (a:Agency {id: row.issuerId})
        MERGE (d)-[:ISSUED_BY]->(a)
        """, "rows");

    /// <summary>A power is a category within a field, or one catalogued matter (item) of it; the id says which.</summary>
    public static readonly CypherStatement MergePowers = new("Ingest.MergePowers", """
        UNWIND $rows AS row
        MERGE (p:Power {id: row.id})
        ON CREATE SET p.category = row.category, p.field = row.field, p.item = row.item
        """, "rows");

    public static readonly CypherStatement MergeBasedOn = new("Ingest.MergeBasedOn", """
        UNWIND $rows AS row
        MATCH (d:Document {id: row.documentId})
        MATCH (b:Document {id: row.basisId})
        MERGE (d)-[e:BASED_ON]->(b)
        SET e.id = row.id
        """, "rows");

    public static readonly CypherStatement MergeReport = new("Ingest.MergeReport", """
        MERGE (r:Report {id: $report.id})
        SET r += $report, r.text = $text
        WITH r
        MATCH (g:Region {id: $report.regionId})
        MERGE (r)-[:ABOUT]->(g)
        WITH r
        OPTIONAL MATCH (r)-[c:CITES]->(d:Document) WHERE NOT d.id IN $documentIds
        DELETE c
        WITH DISTINCT r
        UNWIND $documentIds AS documentId
        MATCH (d:Document {id: documentId})
        MERGE (r)-[:CITES]->(d)
        """, "report", "text", "documentIds");

    /// <summary>Own nodes of a label: MERGE by id, corrected properties survive, then STATED_IN and ABOUT.</summary>
    public static CypherStatement MergeOwned(string label) => new($"Ingest.MergeOwned.{label}", $$"""
        UNWIND $rows AS row
        MERGE (n:{{label}} {id: row.id})
        SET n += CASE WHEN n.curation = 'Corrected' THEN {} ELSE row.props END,
            n.curation = coalesce(n.curation, 'Extracted')
        WITH n, row
        MATCH (rep:Report {id: row.props.reportId})
        MERGE (n)-[:STATED_IN]->(rep)
        WITH n, row WHERE row.props.regionId IS NOT NULL
        MATCH (g:Region {id: row.props.regionId})
        MERGE (n)-[:ABOUT]->(g)
        """, "rows");

    /// <summary>Own nodes the new version no longer states (and all of them when the report is deleted).</summary>
    public static CypherStatement DeleteStaleOwned(string label) => new($"Ingest.DeleteStaleOwned.{label}", $$"""
        MATCH (n:{{label}} {reportId: $reportId})
        WHERE NOT n.id IN $keep
        DETACH DELETE n
        RETURN count(*) AS removed
        """, "reportId", "keep");

    /// <summary>
    /// A report loaded again states its delegations' recipients and powers anew: the old links go first (as SQLite
    /// deletes the report's delegation_recipient and covers rows), so a recipient or power no longer stated is gone.
    /// </summary>
    public static readonly CypherStatement ClearDelegationLinks = new("Ingest.ClearDelegationLinks", """
        MATCH (d:Delegation {reportId: $reportId})-[e:DELEGATED_TO|COVERS]->()
        DELETE e
        """, "reportId");

    public static readonly CypherStatement LinkDelegations = new("Ingest.LinkDelegations", """
        UNWIND $rows AS row
        MATCH (d:Delegation {id: row.id})
        OPTIONAL MATCH (d)-[old:DELEGATED_FROM|AUTHORIZED_BY]->()
        DELETE old
        WITH DISTINCT d, row
        OPTIONAL MATCH (a:Agency {id: row.fromId})
        OPTIONAL MATCH (doc:Document {id: row.authorizedById})
        FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (d)-[:DELEGATED_FROM]->(a))
        FOREACH (_ IN CASE WHEN doc IS NULL THEN [] ELSE [1] END | MERGE (d)-[e:AUTHORIZED_BY]->(doc) SET e.id = row.authorizedByFactId)
        """, "rows");

    /// <summary>Recipients keep their order within the delegation (ordinal), as the report lists them.</summary>
    public static readonly CypherStatement MergeRecipients = new("Ingest.MergeRecipients", """
        UNWIND $rows AS row
        MATCH (d:Delegation {id: row.delegationId})
        OPTIONAL MATCH (r:Region {id: row.targetId})
        OPTIONAL MATCH (a:Agency {id: row.targetId})
        WITH d, row, coalesce(r, a) AS target WHERE target IS NOT NULL
        MERGE (d)-[e:DELEGATED_TO {name: row.name}]->(target)
        SET e.collective = row.collective, e.ordinal = row.ordinal
        """, "rows");

    public static readonly CypherStatement MergeCovers = new("Ingest.MergeCovers", """
        UNWIND $rows AS row
        MATCH (d:Delegation {id: row.delegationId})
        MATCH (p:Power {id: row.powerId})
        MERGE (d)-[:COVERS]->(p)
        """, "rows");

    public static readonly CypherStatement LinkHolders = new("Ingest.LinkHolders", """
        UNWIND $rows AS row
        MATCH (r:Responsibility {id: row.id})
        MATCH (a:Agency {id: row.holderId})
        MERGE (r)-[:HELD_BY]->(a)
        """, "rows");

    public static readonly CypherStatement ReplaceEvidence = new("Ingest.ReplaceEvidence", """
        OPTIONAL MATCH (old:Evidence {reportId: $reportId})
        DELETE old
        WITH count(*) AS cleared
        UNWIND $rows AS row
        CREATE (e:Evidence {factId: row.factId, reportId: $reportId, start: row.start, end: row.end, quote: row.quote})
        """, "reportId", "rows");

    public static readonly CypherStatement ReplaceMentions = new("Ingest.ReplaceMentions", """
        OPTIONAL MATCH (old:Mention {reportId: $reportId})
        DELETE old
        WITH count(*) AS cleared
        UNWIND $rows AS row
        CREATE (m:Mention {reportId: $reportId, factId: row.factId, fingerprint: row.fingerprint})
        """, "reportId", "rows");

    public static readonly CypherStatement AppendEvidence = new("Ingest.AppendEvidence", """
        UNWIND $rows AS row
        CREATE (e:Evidence {factId: row.factId, reportId: $reportId, start: row.start, end: row.end, quote: row.quote})
        """, "reportId", "rows");

    public static readonly CypherStatement AppendMentions = new("Ingest.AppendMentions", """
        UNWIND $rows AS row
        CREATE (m:Mention {reportId: $reportId, factId: row.factId, fingerprint: row.fingerprint})
        """, "reportId", "rows");

    /// <summary>Shared nodes among <c>$ids</c> that no report mentions any more.</summary>
    public static CypherStatement DeleteOrphans(string label) => new($"Ingest.DeleteOrphans.{label}", $$"""
        MATCH (n:{{label}}) WHERE n.id IN $ids AND NOT EXISTS { MATCH (m:Mention {factId: n.id}) }
        DETACH DELETE n
        """, "ids");

    public static readonly CypherStatement DeleteOrphanBasedOn = new("Ingest.DeleteOrphanBasedOn", """
        MATCH (:Document)-[b:BASED_ON]->(:Document)
        WHERE b.id IN $ids AND NOT EXISTS { MATCH (m:Mention {factId: b.id}) }
        DELETE b
        """, "ids");

    public static readonly CypherStatement DeleteReport = new("Ingest.DeleteReport", """
        MATCH (r:Report {id: $reportId})
        OPTIONAL MATCH (e:Evidence {reportId: $reportId})
        DETACH DELETE r, e
        """, "reportId");

    public static readonly CypherStatement BumpVersion = new("Ingest.BumpVersion", """
        MERGE (m:GraphMeta {key: 'graph'})
        ON CREATE SET m.version = 0
        SET m.version = m.version + 1
        RETURN m.version AS version
        """);

    public static IEnumerable<CypherStatement> Generated =>
        GraphSchema.ReportOwnedLabels.SelectMany(l => new[] { MergeOwned(l), DeleteStaleOwned(l) })
            .Concat(GraphSchema.SharedLabels.Select(DeleteOrphans));
}
