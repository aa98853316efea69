namespace KnowledgeGraph.Api.Auth;

/// <summary>The roles an API key grants. A curator and a loader can also read.</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Curator = "curator";
    public const string Loader = "loader";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Reader, Curator, Loader };
}
