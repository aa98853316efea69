namespace KnowledgeGraph.Api.Auth;

/// <summary>
/// The `Auth` configuration section. Keys map to roles, e.g. in environment variables
/// `Auth__ApiKeys__s3cret=curator`; anonymous callers read only when AllowAnonymousRead is true.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public bool AllowAnonymousRead { get; set; } = true;

    /// <summary>API key → role (reader, curator, loader). Several roles may be joined with commas.</summary>
    public Dictionary<string, string> ApiKeys { get; set; } = new(StringComparer.Ordinal);
}
