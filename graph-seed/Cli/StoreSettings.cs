using System.Text.Json;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>
/// Which store a command writes to. Command-line options win; otherwise the API's own configuration keys —
/// Graph:Store (sqlite|neo4j), ConnectionStrings:Sqlite, ConnectionStrings:Neo4j, Neo4j:User, Neo4j:Password,
/// Neo4j:Database — from environment variables (Graph__Store, ConnectionStrings__Sqlite, KG__STORE …) or an
/// appsettings.json in the working folder.
/// </summary>
public sealed record StoreSettings(string Backend, string? SqlitePath, Uri? Neo4jUrl, string? Neo4jUser, string? Neo4jPassword, string? Neo4jDatabase)
{
    public const string Sqlite = "sqlite";
    public const string Neo4j = "neo4j";

    public string Describe() => Backend == Sqlite ? $"sqlite {SqlitePath}" : $"neo4j {Neo4jUrl}";

    /// <summary>
    /// Resolves settings from explicit options, then <paramref name="configuration"/> (keys with ':' as in
    /// appsettings). Null when nothing names a store.
    /// </summary>
    public static StoreSettings? Resolve(string? sqliteOption, Uri? neo4jOption, Func<string, string?> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var user = configuration("Neo4j:User");
        var password = configuration("Neo4j:Password");
        var database = configuration("Neo4j:Database");
        if (sqliteOption is not null) return new StoreSettings(Sqlite, sqliteOption, null, null, null, null);
        if (neo4jOption is not null) return new StoreSettings(Neo4j, null, neo4jOption, user, password, database);

        var backend = (configuration("Graph:Store") ?? configuration("KG:STORE"))?.Trim().ToLowerInvariant();
        var sqlite = SqlitePathOf(configuration("ConnectionStrings:Sqlite"));
        var neo4j = configuration("ConnectionStrings:Neo4j");
        return backend switch
        {
            Neo4j when Uri.TryCreate(neo4j, UriKind.Absolute, out var url) => new StoreSettings(Neo4j, null, url, user, password, database),
            Neo4j => throw new InvalidOperationException("Graph:Store is neo4j but ConnectionStrings:Neo4j is not an absolute URL."),
            null or Sqlite when sqlite is not null => new StoreSettings(Sqlite, sqlite, null, null, null, null),
            Sqlite => throw new InvalidOperationException("Graph:Store is sqlite but ConnectionStrings:Sqlite is not set."),
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

    /// <summary>"Data Source=kg.db;Cache=Shared" → kg.db; a bare path stays as it is.</summary>
    private static string? SqlitePathOf(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return null;
        if (!connectionString.Contains('=', StringComparison.Ordinal)) return connectionString.Trim();
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = part[..eq].Trim();
            if (key.Equals("Data Source", StringComparison.OrdinalIgnoreCase) || key.Equals("DataSource", StringComparison.OrdinalIgnoreCase)
                || key.Equals("Filename", StringComparison.OrdinalIgnoreCase))
                return part[(eq + 1)..].Trim();
        }
        return null;
    }

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
