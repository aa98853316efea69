namespace KnowledgeGraph.Api;

/// <summary>A browser opening /graphql (Accept: text/html, no query) gets GraphiQL instead of a JSON error.</summary>
public static class GraphiQLForBrowsers
{
    public static IApplicationBuilder UseGraphiQLForBrowsers(this IApplicationBuilder app, string graphqlPath) =>
        app.Use(async (http, next) =>
        {
            var request = http.Request;
            if (HttpMethods.IsGet(request.Method) && request.Path.Equals(graphqlPath, StringComparison.OrdinalIgnoreCase)
                && !request.Query.ContainsKey("query") && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                var env = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
                var page = env.WebRootFileProvider.GetFileInfo("graphiql/index.html");
                if (page.Exists)
                {
                    http.Response.ContentType = "text/html; charset=utf-8";
                    await http.Response.SendFileAsync(page, http.RequestAborted).ConfigureAwait(false);
                    return;
                }
            }
            await next(http).ConfigureAwait(false);
        });
}
