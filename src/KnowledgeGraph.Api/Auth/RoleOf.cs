using System.Security.Claims;

namespace KnowledgeGraph.Api.Auth;

/// <summary>The one role name a request runs as, for cache keys and resolvers: the strongest it holds.</summary>
public static class RoleOf
{
    public const string Anonymous = "anonymous";

    public static string Caller(HttpContext http) => Caller(http.User);

    public static string Caller(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return Anonymous;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToArray();
        return roles.Length == 0 ? Roles.Reader : string.Join('+', roles);
    }
}
