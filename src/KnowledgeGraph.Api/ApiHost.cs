using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Configuration;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Health;
using KnowledgeGraph.Api.Seeding;
using KnowledgeGraph.Api.Store;
using KnowledgeGraph.Api.Telemetry;
using KnowledgeGraph.Caching;
using KnowledgeGraph.Caching.ResponseCache;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.GraphQL.Http;
using KnowledgeGraph.GraphQL.Http.PersistedQueries;
using KnowledgeGraph.GraphQL.Protection;
using KnowledgeGraph.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>
/// Builds the API: configuration, store, cache, auth, telemetry, and the endpoints — `/graphql`, `/healthz`,
/// `/readyz`, the explorer at `/` and GraphiQL at `/graphiql`. Tests and `Program` share it.
/// </summary>
public static class ApiHost
{
    public static WebApplication BuildApp(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        ConfigureServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.Section));
        services.Configure<GraphQLLimitsOptions>(configuration.GetSection(GraphQLLimitsOptions.Section));
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { });
        services.AddKnowledgeGraphCaching(configuration);
        services.AddKnowledgeGraphTelemetry(configuration);

        services.AddSingleton<ReportExtractor>();
        services.AddSingleton<StartupSeeder>();
        services.AddSingleton<GraphStoreHost>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphStoreHost>());
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<GraphStoreHost>().Store);
        services.AddSingleton<IGraphQLResponseCache, GraphResponseCache>();
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        var schema = KnowledgeGraphSchema.Build(KnowledgeGraphSchema.LoadSdl(app.Environment.ContentRootPath));
        var limits = app.Services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
        var auth = app.Services.GetRequiredService<IOptionsMonitor<AuthOptions>>();

        // Only a request that presents a key has anything to authenticate: without one the handler answers NoResult
        // and the caller stays anonymous, so skipping the middleware (a handler built per request) changes nothing.
        app.UseWhen(PresentsKey, branch => branch.UseAuthentication());
        // The branch's builder records that authentication is in place only on its own copy of the properties; tell
        // the host too (the key ASP.NET Core's UseAuthentication sets), or it prepends authentication for every request.
        ((IApplicationBuilder)app).Properties[AuthenticationMiddlewareSetKey] = true;
        // Also redirects /graphiql to /graphiql/ (its index.html); an endpoint there would shadow the static files.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseGraphiQLForBrowsers("/graphql");

        app.MapGraphQL("/graphql", schema, new GraphQLHttpOptions
        {
            Limits = new RequestLimits
            {
                MaxDepth = limits.MaxDepth,
                MaxCost = limits.MaxCost,
                MaxAliases = limits.MaxAliases,
                MaxTokens = limits.MaxTokens,
                MaxDocumentBytes = limits.MaxDocumentBytes,
            },
            Execution = KnowledgeGraph.GraphQL.Execution.ExecutionOptions.Default with
            {
                TimeLimit = limits.RequestTimeout,
                EnableIntrospection = limits.Introspection,
            },
            PersistedQueries = new DistributedPersistedQueryStore(app.Services.GetRequiredService<IDistributedCache>(), TimeSpan.FromDays(7)),
            ResponseCache = app.Services.GetRequiredService<IGraphQLResponseCache>(),
            RoleSelector = RoleOf.Caller,
            Authorize = http => Authorize(http, auth.CurrentValue),
            OnCompleted = (http, kind, hadErrors, elapsed) =>
            {
                var tags = new[] { new KeyValuePair<string, object?>("operation", kind ?? "none"), new KeyValuePair<string, object?>("errors", hadErrors) };
                KnowledgeGraphTelemetry.GraphQLRequests.Add(1, tags);
                KnowledgeGraphTelemetry.GraphQLDuration.Record(elapsed.TotalMilliseconds, tags);
            },
        });
        app.MapHealth();
    }

    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    private static bool PresentsKey(HttpContext http) =>
        http.Request.Headers.ContainsKey("X-Api-Key") || http.Request.Headers.Authorization.Count > 0;

    /// <summary>A key that matches nothing is refused outright; no key reads anonymously only when allowed.</summary>
    private static HttpRequestProblem? Authorize(HttpContext http, AuthOptions options)
    {
        if (http.User.Identity?.IsAuthenticated == true) return null;
        if (PresentsKey(http)) return new HttpRequestProblem(StatusCodes.Status401Unauthorized, "The API key is not valid.");
        return options.AllowAnonymousRead ? null : new HttpRequestProblem(StatusCodes.Status401Unauthorized, "An API key is required (X-Api-Key header).");
    }
}
