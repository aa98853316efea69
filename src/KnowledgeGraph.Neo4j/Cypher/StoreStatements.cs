using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>Whole-store questions: graph version, emptiness, counts, health.</summary>
public static class StoreStatements
{
    public static readonly CypherStatement GraphVersion = new("Store.GraphVersion", """
        OPTIONAL MATCH (m:GraphMeta {key: 'graph'})
        RETURN coalesce(m.version, 0) AS version
        """);

    public static readonly CypherStatement IsEmpty = new("Store.IsEmpty", """
        MATCH (r:Report) RETURN count(r) = 0 AS empty
        """);

    public static readonly CypherStatement NodeCounts = new("Store.NodeCounts",
        string.Join("\nUNION ALL\n", NodeLabels.All.Select(l => $"MATCH (n:{l}) RETURN '{l}' AS name, count(n) AS count")));

    public static readonly CypherStatement EdgeCounts = new("Store.EdgeCounts",
        string.Join("\nUNION ALL\n", Enum.GetValues<Relation>().Select(r =>
            $"MATCH ()-[e:{GraphSchema.RelationshipType(r)}]->() RETURN '{r}' AS name, count(e) AS count")));
}
