using System.Globalization;

namespace KnowledgeGraph.Neo4j.Client;

/// <summary>
/// Where and how to reach Neo4j's HTTP Query API. Built from configuration: either
/// <c>ConnectionStrings:Neo4j</c> = <c>http://neo4j:password@localhost:7474/neo4j</c> (path = database)
/// or the separate keys below.
/// </summary>
public sealed record Neo4jOptions
{
    /// <summary>The server root, e.g. http://localhost:7474/ (no database, no credentials).</summary>
    public required Uri BaseAddress { get; init; }
    public string Database { get; init; } = "neo4j";
    public string? User { get; init; }
    public string? Password { get; init; }
    /// <summary>When set, sent as <c>Authorization: Bearer …</c> instead of basic auth (SSO tokens, Aura).</summary>
    public string? BearerToken { get; init; }
    /// <summary>Upper bound for one HTTP exchange, including reading the whole result.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Retries after the first attempt for transient errors and connection failures.</summary>
    public int MaxRetries { get; init; } = 4;
    /// <summary>First back-off delay; doubles each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);
    /// <summary>Rows per UNWIND batch for bulk writes.</summary>
    public int WriteBatchSize { get; init; } = 500;
    /// <summary>Apply schema/neo4j/*.cypher when the store opens.</summary>
    public bool ApplySchemaOnOpen { get; init; } = true;
    /// <summary>Connections kept per server by the pooled handler.</summary>
    public int MaxConnectionsPerServer { get; init; } = 16;

    /// <summary>
    /// Parses <c>http(s)://user:password@host:port/database</c>; user info and path are optional
    /// (database defaults to neo4j). Key=value pairs after <c>?</c> are not supported on purpose: keep one form.
    /// </summary>
    public static Neo4jOptions FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!Uri.TryCreate(connectionString.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException(
                "A Neo4j connection string is an http(s) URL such as http://neo4j:password@localhost:7474/neo4j.");
        }

        string? user = null, password = null;
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            user = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            password = colon < 0 ? null : Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }

        var path = uri.AbsolutePath.Trim('/');
        var database = path.Length == 0 ? "neo4j" : Uri.UnescapeDataString(path);
        if (database.Contains('/', StringComparison.Ordinal))
        {
            throw new FormatException($"The path of a Neo4j connection string names one database, not '{database}'.");
        }

        var root = new UriBuilder(uri.Scheme, uri.Host, uri.Port, "/").Uri;
        return new Neo4jOptions { BaseAddress = root, Database = database, User = user, Password = password };
    }

    /// <summary>For logs: the address without secrets.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{BaseAddress}db/{Database} (user {User ?? "-"})");
}
