using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The API serves exactly schema/knowledge-graph.graphql, judged by graphql-js.</summary>
public class SchemaContractTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_served_schema_printed_from_introspection_equals_the_contract_file()
    {
        var introspection = await api.PostAsync(KnowledgeGraph.GraphQL.Introspection.IntrospectionQuery.Text, accept: "application/json");
        Assert.Empty(introspection.Errors);

        var output = await NodeTool.RunAsync("schema-compare.mjs",
            [Path.Combine(NodeTool.RepoRoot, "schema", "knowledge-graph.graphql")], introspection.Body);
        var printed = JsonNode.Parse(output)!;
        Assert.Equal(printed["contract"]!.GetValue<string>(), printed["served"]!.GetValue<string>());
    }
}
