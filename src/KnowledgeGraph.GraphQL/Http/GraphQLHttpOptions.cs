using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Http.PersistedQueries;
using KnowledgeGraph.GraphQL.Protection;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>How an endpoint serves GraphQL over HTTP.</summary>
public sealed class GraphQLHttpOptions
{
    public RequestLimits Limits { get; set; } = RequestLimits.Default;

    /// <summary>Time limit, introspection switch and error exposure of each execution.</summary>
    public ExecutionOptions Execution { get; set; } = ExecutionOptions.Default with { TimeLimit = TimeSpan.FromSeconds(10) };

    /// <summary>Bytes of a POST body (document and variables together).</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Prepared documents kept by text.</summary>
    public int DocumentCacheSize { get; set; } = 2_000;

    public IPersistedQueryStore PersistedQueries { get; set; } = new InMemoryPersistedQueryStore();

    /// <summary>Optional response cache for queries.</summary>
    public IGraphQLResponseCache? ResponseCache { get; set; }

    /// <summary>Max-age of GET responses' Cache-Control (they always carry an ETag; 0 = revalidate every time).</summary>
    public TimeSpan GetMaxAge { get; set; } = TimeSpan.Zero;

    /// <summary>The caller's role, passed to resolvers (e.g. read from claims).</summary>
    public Func<HttpContext, string?> RoleSelector { get; set; } = _ => null;

    /// <summary>
    /// Decides whether a request may run at all (e.g. anonymous reading switched off): return null to proceed or
    /// an HTTP status (401/403) with a message.
    /// </summary>
    public Func<HttpContext, HttpRequestProblem?> Authorize { get; set; } = _ => null;

    /// <summary>Called after every request with the operation kind ("query", "mutation", or null) and whether it had errors.</summary>
    public Action<HttpContext, string?, bool, TimeSpan>? OnCompleted { get; set; }
}
