using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Conformance;

/// <summary>
/// Runs one document through our engine the way tools/graphql-reference runs it through graphql-js: schema from
/// SDL (custom scalars pass values through), the default resolver over the JSON data, abstract types resolved by
/// the <c>__typename</c> key, exception messages shown. Returns the response as JSON (spec shape).
/// </summary>
public static class ConformanceRunner
{
    private static readonly ExecutionOptions Options = new() { ExposeExceptionMessages = true };

    public static async Task<JsonObject> RunAsync(ConformanceCase request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Schema schema;
        try
        {
            schema = BuildSchema(request.SchemaSdl);
        }
        catch (Exception error) when (error is GraphQLError or SchemaValidationException)
        {
            return new JsonObject { ["schemaError"] = error.Message };
        }

        using var data = JsonDocument.Parse(request.DataJson);
        using var variables = request.VariablesJson is null ? null : JsonDocument.Parse(request.VariablesJson);
        var result = await GraphQLExecutor.ExecuteAsync(
            new ExecutionRequest
            {
                Schema = schema,
                Query = request.Query,
                OperationName = request.OperationName,
                VariablesJson = variables?.RootElement,
                RootValue = JsonValues.ToClr(data.RootElement),
                Options = Options,
            },
            cancellationToken).ConfigureAwait(false);
        return JsonNode.Parse(result.ToJson())!.AsObject();
    }

    /// <summary>The schema graphql-js's buildSchema would make of the SDL.</summary>
    public static Schema BuildSchema(string sdl)
    {
        var builder = SchemaBuilder.FromSdl(sdl);
        foreach (var scalar in Parser.Parse(sdl).Definitions.OfType<ScalarTypeDefinitionNode>())
        {
            if (!Scalars.Specified.ContainsKey(scalar.Name.Value))
            {
                builder.AddScalar(scalar.Name.Value, new PassThroughScalarCoercion());
            }
        }
        return builder.Build();
    }
}
