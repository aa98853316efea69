namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>Statements for test and operations tooling: emptying a database, creating one per test store (Enterprise).</summary>
public static class MaintenanceStatements
{
    /// <summary>Empties the database (the live conformance suite starts every store from nothing).</summary>
    public static readonly CypherStatement Wipe = new("Maintenance.Wipe", """
        MATCH (n) DETACH DELETE n
        """);

    /// <summary>Run against the system database; Enterprise only (Community has one user database).</summary>
    public static readonly CypherStatement CreateDatabase = new("Maintenance.CreateDatabase", """
        CREATE DATABASE $name IF NOT EXISTS WAIT
        """, "name");
}
