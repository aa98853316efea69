using System.Text.Json;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>
/// Which store a command writes to. Command-line options win; otherwise the API's own configuration keys —
/// Graph:Store (sqlite|neo4j), ConnectionStrings:Sqlite, ConnectionStrings:Neo4j — from environment variables
/// (Graph__Store, ConnectionStrings__Sqlite, KG__STORE …) or an appsettings.json in the working folder.
/// </summary>
/// <param name="Sqlite">A database file path or a SQLite connection string ("Data Source=data/knowledge-graph.db").</param>
/// <param name="Neo4j">The Neo4j Query API as http(s)://user:password@host:7474/database.</param>
public sealed record StoreSettings(string Backend, string? Sqlite, string? Neo4j)
{
    public const string SqliteBackend = "sqlite";
    public const string Neo4jBackend = "neo4j";

    /// <summary>For summaries: the store without its password.</summary>
    public string Describe() => Backend == SqliteBackend
        ? $"sqlite {Sqlite}"
        : Uri.TryCreate(Neo4j, UriKind.Absolute, out var url) ? $"neo4j {url.Scheme}://{url.Host}:{url.Port}{url.AbsolutePath}" : "neo4j";

    /// <summary>
    /// Resolves settings from explicit options, then <paramref name="configuration"/> (keys with ':' as in
    /// appsettings). Null when nothing names a store.
    /// </summary>
    public static StoreSettings? Resolve(string? sqliteOption, string? neo4jOption, Func<string, string?> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (sqliteOption is not null) return new StoreSettings(SqliteBackend, sqliteOption, null);
        if (neo4jOption is not null) return new StoreSettings(Neo4jBackend, null, neo4jOption);

        var backend = (configuration("Graph:Store") ?? configuration("KG:STORE"))?.Trim().ToLowerInvariant();
        var sqlite = NullIfBlank(configuration("ConnectionStrings:Sqlite"));
        var neo4j = NullIfBlank(configuration("ConnectionStrings:Neo4j"));
        return backend switch
        {
            Neo4jBackend when neo4j is not null => new StoreSettings(Neo4jBackend, null, neo4j),
            Neo4jBackend => throw new InvalidOperationException("Graph:Store is neo4j but ConnectionStrings:Neo4j is not set."),
            null or SqliteBackend when sqlite is not null => new StoreSettings(SqliteBackend, sqlite, null),
            SqliteBackend => throw new InvalidOperationException("Graph:Store is sqlite but ConnectionStrings:Sqlite is not set."),
            null => null,
            _ => throw new InvalidOperationException($"Graph:Store must be sqlite or neo4j, not '{backend}'."),
        };
    }

    /// <summary>Environment variables (ConnectionStrings__Sqlite) first, then appsettings.json in the working folder.</summary>
    public static Func<string, string?> ProcessConfiguration()
    {
        var file = Path.Combine(Environment.CurrentDirectory, "appsettings.json");
        var json = File.Exists(file) ? Flatten(File.ReadAllText(file)) : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return key => Environment.GetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal)) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : json.GetValueOrDefault(key);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Dictionary<string, string> Flatten(string json)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        Walk(document.RootElement, string.Empty);
        return values;

        void Walk(JsonElement element, string prefix)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                    Walk(property.Value, prefix.Length == 0 ? property.Name : prefix + ":" + property.Name);
            }
            else if (element.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                values[prefix] = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
            }
        }
    }
}
