using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>Multi-hop questions, each one statement. Variable-length bounds are constants; $maxDepth trims below them.</summary>
public static class TraversalStatements
{
    /// <summary>The deepest authority chain followed, whatever maxDepth asks.</summary>
    public const int MaxChainDepth = 16;

    public static readonly CypherStatement AuthorityChains = new("Traversal.AuthorityChains", """
        UNWIND $ids AS id
        MATCH (d:Delegation {id: id})-[e:AUTHORIZED_BY]->(doc:Document)
        WHERE coalesce(d.curation, 'Extracted') <> 'Rejected' AND coalesce(doc.curation, 'Extracted') <> 'Rejected'
        OPTIONAL MATCH p = (doc)-[:BASED_ON*1..16]->(:Document)
        WHERE length(p) <= $maxDepth AND all(x IN nodes(p) WHERE coalesce(x.curation, 'Extracted') <> 'Rejected')
        RETURN id, doc {.*} AS document, e.id AS linkId,
               CASE WHEN p IS NULL THEN null
                    ELSE {depth: length(p), document: properties(last(nodes(p))), childId: nodes(p)[length(p) - 1].id, linkId: last(relationships(p)).id}
               END AS step
        """, "ids", "maxDepth");

    /// <summary>
    /// For each region of $regionIds, the delegations naming it or (collectively, 各乡镇) an ancestor, the nearest way
    /// first; a recipient region a curator rejected is no recipient.
    /// </summary>
    public static readonly CypherStatement DelegationsReaching = new("Traversal.DelegationsReaching", $$"""
        UNWIND $regionIds AS regionId
        MATCH (target:Region {id: regionId})-[:PART_OF*0..{{RegionHierarchy.MaxDepth}}]->(via:Region)<-[e:DELEGATED_TO]-(d:Delegation)
        WHERE (via.id = target.id OR e.collective)
          AND coalesce(d.curation, 'Extracted') <> 'Rejected' AND coalesce(via.curation, 'Extracted') <> 'Rejected'
          AND ($matter IS NULL OR d.matters CONTAINS $matter
               OR any(p IN [(d)-[:COVERS]->(pw:Power) | pw] WHERE p.field CONTAINS $matter OR p.category CONTAINS $matter))
        WITH regionId, d, via, via.id = target.id AS direct
        ORDER BY direct DESC
        WITH regionId, d, collect(via.id)[0] AS viaId, collect(direct)[0] AS direct
        RETURN regionId, d {.*} AS delegation, viaId, direct
        ORDER BY regionId, d.date IS NULL, d.date, d.id
        """, "regionIds", "matter");

    /// <summary>
    /// The delegations of a region's network, as SQLite answers it: stated for the region or a region PART_OF it, or
    /// made by an agency of one of them; by date, undated last.
    /// </summary>
    public static readonly CypherStatement NetworkDelegations = new("Traversal.NetworkDelegations", $$"""
        OPTIONAL MATCH (sub:Region)-[:PART_OF*1..{{RegionHierarchy.MaxDepth}}]->(:Region {id: $regionId})
        WITH collect(DISTINCT sub.id) + [$regionId] AS ids
        CALL (ids) {
          MATCH (d:Delegation) WHERE d.regionId IN ids RETURN d
          UNION
          MATCH (d:Delegation)-[:DELEGATED_FROM]->(a:Agency) WHERE a.regionId IN ids RETURN d
        }
        WITH d WHERE coalesce(d.curation, 'Extracted') <> 'Rejected'
        RETURN d {.*} AS delegation
        ORDER BY d.date IS NULL, d.date, d.id
        """, "regionId");

    public static readonly CypherStatement ProblemsOfRegion = new("Traversal.ProblemsOfRegion", $$"""
        MATCH (p:Problem)
        WHERE {{CypherWhere.WithinRegion("p.regionId", "$regionId")}}
          AND ($yearFrom IS NULL OR p.year >= $yearFrom) AND ($yearTo IS NULL OR p.year <= $yearTo)
          AND coalesce(p.curation, 'Extracted') <> 'Rejected'
        RETURN p {.*} AS problem
        ORDER BY p.year, p.regionId, coalesce(p.category, ''), p.id
        """, "regionId", "yearFrom", "yearTo");

    public static readonly CypherStatement ResponsibilitiesOf = new("Traversal.ResponsibilitiesOf", """
        MATCH (r:Responsibility)-[:HELD_BY]->(a:Agency)
        WHERE a.id IN $ids AND coalesce(r.curation, 'Extracted') <> 'Rejected'
        RETURN a.id AS agencyId, r {.*} AS responsibility
        ORDER BY agencyId, r.year, r.id
        """, "ids");
}
