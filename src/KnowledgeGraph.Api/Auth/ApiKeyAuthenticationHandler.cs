using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Auth;

/// <summary>
/// Authenticates `X-Api-Key: KEY` or `Authorization: ApiKey KEY` (also `Bearer KEY`) against the configured keys.
/// No key → anonymous (the GraphQL layer decides whether anonymous may read); an unknown key → 401.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey(Request);
        if (key is null) return Task.FromResult(AuthenticateResult.NoResult());

        foreach (var (configured, roles) in auth.CurrentValue.ApiKeys)
        {
            if (!FixedTimeEquals(configured, key)) continue;
            var claims = new List<Claim> { new(ClaimTypes.Name, "api-key:" + Fingerprint(configured)) };
            foreach (var role in roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Roles.All.Contains(role)) claims.Add(new Claim(ClaimTypes.Role, role));
            }
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
        }
        return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
    }

    private static string? ReadKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var header) && !string.IsNullOrWhiteSpace(header)) return header.ToString().Trim();
        var authorization = request.Headers.Authorization.ToString();
        foreach (var prefix in (string[])["ApiKey ", "Bearer "])
        {
            if (authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return authorization[prefix.Length..].Trim();
        }
        return null;
    }

    // Compare hashes so the time taken does not reveal how much of a key matched.
    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));

    private static string Fingerprint(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
}
