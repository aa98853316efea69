using KnowledgeGraph.Seed.Cli;

namespace KnowledgeGraph.Seed.Tests;

public sealed class StoreSettingsTests
{
    private static Func<string, string?> Configuration(params (string Key, string Value)[] entries)
    {
        var map = entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
        return key => map.GetValueOrDefault(key);
    }

    [Fact]
    public void The_command_line_wins_over_configuration()
    {
        var settings = StoreSettings.Resolve("/tmp/cli.db", null, Configuration(("Graph:Store", "neo4j"), ("ConnectionStrings:Neo4j", "http://localhost:7474")));

        Assert.Equal(new StoreSettings(StoreSettings.SqliteBackend, "/tmp/cli.db", null), settings);
    }

    [Fact]
    public void The_api_s_keys_name_the_store_when_the_command_line_does_not()
    {
        var sqlite = StoreSettings.Resolve(null, null, Configuration(("ConnectionStrings:Sqlite", "Data Source=data/knowledge-graph.db")));
        var neo4j = StoreSettings.Resolve(null, null, Configuration(("Graph:Store", "Neo4j"), ("ConnectionStrings:Neo4j", "http://neo4j:secret@db:7474/graph")));
        var legacy = StoreSettings.Resolve(null, null, Configuration(("KG:STORE", "sqlite"), ("ConnectionStrings:Sqlite", "kg.db")));

        Assert.Equal(new StoreSettings(StoreSettings.SqliteBackend, "Data Source=data/knowledge-graph.db", null), sqlite);
        Assert.Equal(new StoreSettings(StoreSettings.Neo4jBackend, null, "http://neo4j:secret@db:7474/graph"), neo4j);
        Assert.Equal("neo4j http://db:7474/graph", neo4j!.Describe());
        Assert.Equal("kg.db", legacy!.Sqlite);
    }

    [Fact]
    public void Nothing_configured_is_no_store_and_a_half_configured_store_is_an_error()
    {
        Assert.Null(StoreSettings.Resolve(null, null, Configuration()));
        Assert.Throws<InvalidOperationException>(() => StoreSettings.Resolve(null, null, Configuration(("Graph:Store", "neo4j"))));
        Assert.Throws<InvalidOperationException>(() => StoreSettings.Resolve(null, null, Configuration(("Graph:Store", "redis"), ("ConnectionStrings:Sqlite", "kg.db"))));
    }
}
