namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Full-text search over the cjk-analyzed index kg_text (schema/neo4j/003_fulltext.cypher). The index only finds
/// candidates; the port's order decides (IGraphSearch: shortest text first, then kind, then id — Lucene's score would
/// rank differently from SQLite), and CONTAINS on lower-cased text keeps hits exact with ASCII in either case.
/// </summary>
public static class SearchStatements
{
    public const string IndexName = "kg_text";

    /// <summary>$query is a Lucene phrase built from the user's text with every special character escaped.</summary>
    public static readonly CypherStatement FullText = new("Search.FullText", """
        CALL db.index.fulltext.queryNodes('kg_text', $query) YIELD node, score
        WITH node, coalesce(node.title, node.name, node.text) AS text
        WHERE any(l IN labels(node) WHERE l IN $labels)
          AND coalesce(node.curation, 'Extracted') <> 'Rejected'
          AND toLower(text) CONTAINS toLower($text)
        WITH node, text, CASE WHEN node:Region THEN 0 WHEN node:Agency THEN 1 WHEN node:Document THEN 2 WHEN node:Problem THEN 3 ELSE 4 END AS kindRank
        RETURN labels(node)[0] AS label, node.id AS id, text, 1.0 / size(text) AS score
        ORDER BY size(text), kindRank, id
        LIMIT $limit
        """, "query", "labels", "text", "limit");

    /// <summary>One-character searches: the cjk analyzer indexes pairs of characters, so a single one is scanned for.</summary>
    public static readonly CypherStatement Scan = new("Search.Scan", """
        MATCH (node)
        WHERE (node:Region OR node:Agency OR node:Document OR node:Problem OR node:Sentence)
          AND any(l IN labels(node) WHERE l IN $labels)
          AND coalesce(node.curation, 'Extracted') <> 'Rejected'
        WITH node, coalesce(node.title, node.name, node.text) AS text
        WHERE toLower(text) CONTAINS toLower($text)
        WITH node, text, CASE WHEN node:Region THEN 0 WHEN node:Agency THEN 1 WHEN node:Document THEN 2 WHEN node:Problem THEN 3 ELSE 4 END AS kindRank
        RETURN labels(node)[0] AS label, node.id AS id, text, 1.0 / size(text) AS score
        ORDER BY size(text), kindRank, id
        LIMIT $limit
        """, "labels", "text", "limit");
}
