using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>Curation: status changes, corrections and merges, each logged with a sequence number and the graph version.</summary>
public static class CurationStatements
{
    public static CypherStatement FactById(string label) => new($"Curation.FactById.{label}", $$"""
        MATCH (n:{{label}} {id: $id}) RETURN n {.*, text: null} AS props, n.curation AS curation
        """, "id");

    public static CypherStatement SetStatus(string label) => new($"Curation.SetStatus.{label}", $$"""
        MATCH (n:{{label}} {id: $id}) SET n.curation = $status
        """, "id", "status");

    /// <summary>
    /// Corrections arrive typed (ints, dates, enum names) and checked against FactCorrections from C#. A rejected
    /// fact stays rejected (hidden) when corrected, as in SQLite.
    /// </summary>
    public static CypherStatement Correct(string label) => new($"Curation.Correct.{label}", $$"""
        MATCH (n:{{label}} {id: $id})
        SET n += $changes, n.curation = CASE WHEN n.curation = 'Rejected' THEN 'Rejected' ELSE 'Corrected' END
        """, "id", "changes");

    /// <summary>Whether either region is PART_OF the other at any depth the reads follow (such a merge is refused).</summary>
    public static readonly CypherStatement RegionsNested = new("Curation.RegionsNested", $$"""
        MATCH (k:Region {id: $keptId})
        RETURN EXISTS { MATCH (k)-[:PART_OF*1..{{RegionHierarchy.MaxDepth}}]->(:Region {id: $mergedId}) }
            OR EXISTS { MATCH (:Region {id: $mergedId})-[:PART_OF*1..{{RegionHierarchy.MaxDepth}}]->(k) } AS nested
        """, "keptId", "mergedId");

    public static readonly CypherStatement Log = new("Curation.Log", """
        MERGE (m:GraphMeta {key: 'graph'})
        ON CREATE SET m.version = 0
        SET m.version = m.version + 1, m.sequence = coalesce(m.sequence, 0) + 1
        CREATE (c:CurationEntry {sequence: m.sequence, factId: $factId, action: $action, actor: $actor, note: $note, detail: $detail, graphVersion: m.version})
        RETURN m.version AS version
        """, "factId", "action", "actor", "note", "detail");

    /// <summary>A second entry under the version the first one set (a merge logs on both nodes, as one change).</summary>
    public static readonly CypherStatement LogSameVersion = new("Curation.LogSameVersion", """
        MATCH (m:GraphMeta {key: 'graph'})
        SET m.sequence = coalesce(m.sequence, 0) + 1
        CREATE (c:CurationEntry {sequence: m.sequence, factId: $factId, action: $action, actor: $actor, note: $note, detail: $detail, graphVersion: m.version})
        RETURN m.version AS version
        """, "factId", "action", "actor", "note", "detail");

    /// <summary>The corrections of a fact so far (field → value as JSON text), kept so exports carry them like SQLite's.</summary>
    public static readonly CypherStatement CorrectionOf = new("Curation.CorrectionOf", """
        OPTIONAL MATCH (c:Correction {factId: $factId}) RETURN c.changes AS changes
        """, "factId");

    public static readonly CypherStatement StoreCorrection = new("Curation.StoreCorrection", """
        MERGE (c:Correction {factId: $factId}) SET c.changes = $changes
        """, "factId", "changes");

    /// <summary>
    /// Moves every relationship of one type from the merged node to the kept one (both directions), keeping
    /// properties. A node has one parent, region and issuer: those move only when the kept node has none.
    /// </summary>
    public static CypherStatement MoveRelationships(string label, Relation relation, Direction direction)
    {
        var type = GraphSchema.RelationshipType(relation);
        var (match, merge) = direction == Direction.Outgoing
            ? ($"(m)-[r:{type}]->(x)", $"(k)-[nr:{type}]->(x)")
            : ($"(m)<-[r:{type}]-(x)", $"(k)<-[nr:{type}]-(x)");
        var single = direction == Direction.Outgoing && relation is Relation.PartOf or Relation.OfRegion or Relation.IssuedBy
            ? $" AND NOT (k)-[:{type}]->()"
            : "";
        return new($"Curation.Move.{label}.{relation}.{direction}", $$"""
            MATCH (m:{{label}} {id: $mergedId})
            MATCH (k:{{label}} {id: $keptId})
            MATCH {{match}} WHERE x <> k{{single}}
            MERGE {{merge}}
            SET nr += properties(r)
            DELETE r
            """, "mergedId", "keptId");
    }

    /// <summary>
    /// What the kept node lacks, it takes from the merged one (as SQLite's merge does): a parent, region, issuer,
    /// number, year, date, a known level or kind. Runs after the moves, before the merged node goes. Powers are
    /// identified by their properties, so they take none (null).
    /// </summary>
    public static CypherStatement? FillFromMerged(string label) => label switch
    {
        NodeLabels.Region => new($"Curation.Fill.{label}", """
            MATCH (m:Region {id: $mergedId})
            MATCH (k:Region {id: $keptId})
            SET k.parentId = CASE WHEN k.parentId IS NULL AND m.parentId <> k.id THEN m.parentId ELSE k.parentId END,
                k.level = CASE WHEN coalesce(k.level, 'Unknown') = 'Unknown' THEN m.level ELSE k.level END
            """, "mergedId", "keptId"),
        NodeLabels.Agency => new($"Curation.Fill.{label}", """
            MATCH (m:Agency {id: $mergedId})
            MATCH (k:Agency {id: $keptId})
            SET k.regionId = coalesce(k.regionId, m.regionId)
            """, "mergedId", "keptId"),
        NodeLabels.Document => new($"Curation.Fill.{label}", """
            MATCH (m:Document {id: $mergedId})
            MATCH (k:Document {id: $keptId})
            SET k.number = coalesce(k.number, m.number), k.issuerName = coalesce(k.issuerName, m.issuerName),
                k.issuerId = coalesce(k.issuerId, m.issuerId), k.year = coalesce(k.year, m.year), k.date = coalesce(k.date, m.date),
                k.regionId = coalesce(k.regionId, m.regionId),
                k.kind = CASE WHEN coalesce(k.kind, 'Unknown') = 'Unknown' THEN m.kind ELSE k.kind END
            """, "mergedId", "keptId"),
        _ => null,
    };

    /// <summary>Id-valued properties that point at the merged node, on every label that has them.</summary>
    public static CypherStatement RepointProperty(string label, string property) => new($"Curation.Repoint.{label}.{property}", $$"""
        MATCH (n:{{label}}) WHERE n.{{property}} = $mergedId SET n.{{property}} = $keptId
        """, "mergedId", "keptId");

    public static IReadOnlyList<(string Label, string Property)> IdProperties { get; } =
    [
        (NodeLabels.Region, "parentId"), (NodeLabels.Agency, "regionId"), (NodeLabels.Document, "issuerId"), (NodeLabels.Document, "regionId"),
        (NodeLabels.Delegation, "regionId"), (NodeLabels.Delegation, "fromId"), (NodeLabels.Delegation, "authorizedById"),
        (NodeLabels.Responsibility, "regionId"), (NodeLabels.Responsibility, "holderId"), (NodeLabels.Problem, "regionId"),
        (NodeLabels.Metric, "regionId"), (NodeLabels.Report, "regionId"),
    ];

    /// <summary>After the moves: aliases, evidence, mentions and earlier aliases follow the kept node; the merged one goes.</summary>
    public static CypherStatement MergeBookkeeping(string label) => new($"Curation.MergeBookkeeping.{label}", $$"""
        MATCH (m:{{label}} {id: $mergedId})
        MATCH (k:{{label}} {id: $keptId})
        SET k.aliases = reduce(acc = [], x IN coalesce(k.aliases, []) + coalesce(m.aliases, []) + [coalesce(m.name, m.title)]
                               | CASE WHEN x IS NULL OR x IN acc OR x = coalesce(k.name, k.title) THEN acc ELSE acc + x END)
        WITH m, k
        OPTIONAL MATCH (e:Evidence {factId: $mergedId}) SET e.factId = $keptId
        WITH DISTINCT m, k
        OPTIONAL MATCH (x:Mention {factId: $mergedId}) SET x.factId = $keptId
        WITH DISTINCT m, k
        OPTIONAL MATCH (a:Alias {keptId: $mergedId}) SET a.keptId = $keptId
        WITH DISTINCT m, k
        CREATE (:Alias {mergedId: $mergedId, keptId: $keptId})
        DETACH DELETE m
        """, "mergedId", "keptId");

    /// <summary>
    /// After a merge the kept node's evidence and mentions hold each (report, span) and each report once, as SQLite's
    /// keys make them: both spellings quoting one sentence leave one piece of evidence.
    /// </summary>
    public static readonly CypherStatement DedupeEvidence = new("Curation.DedupeEvidence", """
        MATCH (e:Evidence {factId: $factId})
        WITH e.reportId AS reportId, e.start AS start, e.end AS end, collect(e) AS same
        WHERE size(same) > 1
        UNWIND tail(same) AS extra
        DELETE extra
        """, "factId");

    public static readonly CypherStatement DedupeMentions = new("Curation.DedupeMentions", """
        MATCH (x:Mention {factId: $factId})
        WITH x.reportId AS reportId, collect(x) AS same
        WHERE size(same) > 1
        UNWIND tail(same) AS extra
        DELETE extra
        """, "factId");

    /// <summary>BASED_ON links of the merged document, with their ends, before they move.</summary>
    public static readonly CypherStatement BasedOnLinksOf = new("Curation.BasedOnLinksOf", """
        MATCH (m:Document {id: $mergedId})-[e:BASED_ON]-(:Document)
        RETURN e.id AS id, startNode(e).id AS documentId, endNode(e).id AS basisId
        """, "mergedId");

    /// <summary>
    /// A moved BASED_ON link takes the id its new ends give it (FactIds.BasedOn), with its evidence and mentions; a
    /// link whose two ends became one node is gone, and so are its evidence and mentions.
    /// </summary>
    public static readonly CypherStatement RekeyBasedOn = new("Curation.RekeyBasedOn", """
        UNWIND $links AS link
        OPTIONAL MATCH (:Document)-[e:BASED_ON {id: link.oldId}]->(:Document)
        SET e.id = link.newId
        WITH DISTINCT link
        OPTIONAL MATCH (ev:Evidence {factId: link.oldId})
        FOREACH (x IN CASE WHEN link.newId IS NULL THEN [ev] ELSE [] END | DELETE x)
        FOREACH (x IN CASE WHEN link.newId IS NULL THEN [] ELSE [ev] END | SET x.factId = link.newId)
        WITH DISTINCT link
        OPTIONAL MATCH (mn:Mention {factId: link.oldId})
        FOREACH (x IN CASE WHEN link.newId IS NULL THEN [mn] ELSE [] END | DELETE x)
        FOREACH (x IN CASE WHEN link.newId IS NULL THEN [] ELSE [mn] END | SET x.factId = link.newId)
        """, "links");

    /// <summary>The relationships a node of this label can have: only those are moved when merging.</summary>
    public static IEnumerable<(Relation Relation, Direction Direction)> MovesFor(string label) =>
        Enum.GetValues<Relation>().SelectMany(r =>
        {
            var (from, to) = ReadStatements.Ends(r);
            var moves = new List<(Relation, Direction)>();
            if (from.Contains(label)) moves.Add((r, Direction.Outgoing));
            if (to.Contains(label)) moves.Add((r, Direction.Incoming));
            return moves;
        });

    public static IEnumerable<CypherStatement> Generated =>
        NodeLabels.All.SelectMany(l => new[] { FactById(l), SetStatus(l), Correct(l) })
            .Concat(GraphSchema.SharedLabels.SelectMany(l => MovesFor(l).Select(m => MoveRelationships(l, m.Relation, m.Direction))))
            .Concat(IdProperties.Select(p => RepointProperty(p.Label, p.Property)))
            .Concat(GraphSchema.SharedLabels.Select(FillFromMerged).OfType<CypherStatement>())
            .Concat(GraphSchema.SharedLabels.Select(MergeBookkeeping));
}
