using System.Globalization;
using System.Net.Security;

namespace KnowledgeGraph.Caching.Resp;

/// <summary>
/// How to reach Redis. <see cref="Parse"/> reads StackExchange.Redis style strings:
/// <c>localhost:6379,password=…,user=…,defaultDatabase=2,ssl=true,connectTimeout=5000,syncTimeout=5000</c>.
/// </summary>
public sealed class RedisOptions
{
    public IList<RedisEndpoint> Endpoints { get; } = new List<RedisEndpoint>();

    /// <summary>ACL user name; with only a password set, Redis authenticates the <c>default</c> user.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    public int DefaultDatabase { get; set; }

    /// <summary>Name shown by <c>CLIENT LIST</c>.</summary>
    public string? ClientName { get; set; }

    /// <summary>The protocol to ask for. RESP3 falls back to RESP2 on servers without <c>HELLO</c>.</summary>
    public RedisProtocol Protocol { get; set; } = RedisProtocol.Resp3;

    public bool Ssl { get; set; }

    /// <summary>Host name the server certificate must match; the endpoint host when not set.</summary>
    public string? SslHost { get; set; }

    /// <summary>Custom certificate check (e.g. to trust a private CA); the system's check when null.</summary>
    public RemoteCertificateValidationCallback? CertificateValidation { get; set; }

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a command waits for its reply.</summary>
    public TimeSpan SyncTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First delay before reconnecting; doubles on each failure up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(5);

    public static RedisOptions Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = new RedisOptions();
        var endpoints = new List<string>();
        foreach (var rawPart in connectionString.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = rawPart.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                endpoints.Add(rawPart); // parsed last: the default port depends on ssl, which may come later
                continue;
            }

            var key = rawPart[..equals].Trim();
            var value = rawPart[(equals + 1)..].Trim();
            switch (key.ToUpperInvariant())
            {
                case "PASSWORD":
                    options.Password = value;
                    break;
                case "USER":
                    options.User = value;
                    break;
                case "DEFAULTDATABASE":
                    options.DefaultDatabase = ParseInt(key, value);
                    break;
                case "NAME":
                    options.ClientName = value;
                    break;
                case "SSL":
                    options.Ssl = ParseBool(key, value);
                    break;
                case "SSLHOST":
                    options.SslHost = value;
                    break;
                case "CONNECTTIMEOUT":
                    options.ConnectTimeout = TimeSpan.FromMilliseconds(ParseInt(key, value));
                    break;
                case "SYNCTIMEOUT":
                case "ASYNCTIMEOUT":
                    options.SyncTimeout = TimeSpan.FromMilliseconds(ParseInt(key, value));
                    break;
                case "PROTOCOL":
                    options.Protocol = value.ToUpperInvariant() switch
                    {
                        "RESP2" or "2" => RedisProtocol.Resp2,
                        "RESP3" or "3" => RedisProtocol.Resp3,
                        _ => throw new FormatException($"Unknown protocol '{value}'; expected resp2 or resp3."),
                    };
                    break;
                case "ABORTCONNECT":
                case "ALLOWADMIN":
                case "CONNECTRETRY":
                case "KEEPALIVE":
                    // Accepted for compatibility with StackExchange.Redis strings; this client always connects
                    // lazily and keeps reconnecting with backoff, so these have nothing to change.
                    break;
                default:
                    throw new FormatException($"Unknown Redis connection string option '{key}'.");
            }
        }

        foreach (var endpoint in endpoints)
        {
            options.Endpoints.Add(RedisEndpoint.Parse(endpoint, options.Ssl));
        }

        if (options.Endpoints.Count == 0)
        {
            throw new FormatException("The Redis connection string names no endpoint.");
        }

        return options;
    }

    private static int ParseInt(string key, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) && result >= 0
            ? result
            : throw new FormatException($"Option '{key}' needs a non-negative integer, not '{value}'.");

    private static bool ParseBool(string key, string value) =>
        bool.TryParse(value, out var result) ? result : throw new FormatException($"Option '{key}' needs true or false, not '{value}'.");
}
