using System.Globalization;

namespace KnowledgeGraph.Caching.Resp;

/// <summary>A host and port; IPv6 literals are written in brackets (<c>[::1]:6379</c>).</summary>
public sealed record RedisEndpoint(string Host, int Port)
{
    public const int DefaultPort = 6379;

    /// <summary>The port StackExchange.Redis assumes for TLS when none is written.</summary>
    public const int DefaultTlsPort = 6380;

    /// <summary>Reads <c>host[:port]</c>; without a port, <see cref="DefaultPort"/> or, for TLS, <see cref="DefaultTlsPort"/>.</summary>
    public static RedisEndpoint Parse(string text, bool tls = false)
    {
        var defaultPort = tls ? DefaultTlsPort : DefaultPort;
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        text = text.Trim();
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"Unclosed IPv6 literal in endpoint '{text}'.");
            }

            var host = text[1..close];
            var rest = text[(close + 1)..];
            return new RedisEndpoint(host, rest.StartsWith(':') ? ParsePort(rest[1..], text) : defaultPort);
        }

        var colon = text.LastIndexOf(':');
        if (colon > 0 && text.IndexOf(':', StringComparison.Ordinal) == colon)
        {
            return new RedisEndpoint(text[..colon], ParsePort(text[(colon + 1)..], text));
        }

        return new RedisEndpoint(text, defaultPort);
    }

    private static int ParsePort(string port, string endpoint) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 65535
            ? value
            : throw new FormatException($"Invalid port in endpoint '{endpoint}'.");

    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
