using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeGraph.GraphQL.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Serves <paramref name="schema"/> at <paramref name="pattern"/> over GET and POST (other methods get 405).</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, Schema schema, GraphQLHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = new GraphQLHttpHandler(schema, options ?? new GraphQLHttpOptions());
        return endpoints.Map(pattern, (RequestDelegate)handler.HandleAsync).WithDisplayName("GraphQL " + pattern);
    }
}
