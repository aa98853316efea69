using System.CommandLine;
using System.CommandLine.Parsing;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>The store options every command shares: --sqlite FILE or --neo4j URL; configuration fills in the rest.</summary>
internal sealed class StoreOptions
{
    private readonly Option<FileInfo?> _sqlite = new("--sqlite") { Description = "SQLite database file (created when missing)." };
    private readonly Option<string?> _neo4j = new("--neo4j") { Description = "Neo4j Query API as http://user:password@localhost:7474/neo4j (the API's ConnectionStrings:Neo4j form)." };

    public static StoreOptions Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(_sqlite);
        command.Options.Add(_neo4j);
    }

    /// <summary>Whether a store is named on the command line or in configuration.</summary>
    public bool IsGiven(CommandResult result) =>
        result.GetValue(_sqlite) is not null || result.GetValue(_neo4j) is not null || FromConfiguration() is not null;

    public bool IsGiven(ParseResult result) => IsGiven(result.CommandResult);

    /// <summary>Whether a store is named on the command line itself (generate writes to a store only when asked to).</summary>
    public bool IsExplicit(CommandResult result) => result.GetValue(_sqlite) is not null || result.GetValue(_neo4j) is not null;

    public StoreSettings Resolve(ParseResult result) =>
        StoreSettings.Resolve(result.GetValue(_sqlite)?.FullName, result.GetValue(_neo4j), StoreSettings.ProcessConfiguration())
        ?? throw new InvalidOperationException("No store: pass --sqlite FILE or --neo4j URL, or set Graph:Store and ConnectionStrings:Sqlite.");

    private static StoreSettings? FromConfiguration()
    {
        try
        {
            return StoreSettings.Resolve(null, null, StoreSettings.ProcessConfiguration());
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
