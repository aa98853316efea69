using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>
/// The API's public contract, schema/knowledge-graph.graphql, built by this engine and compared with graphql-js. The
/// expected files are graphql-js's own output: after changing the SDL, refresh them with scripts/schema-snapshots.sh.
/// </summary>
public class KnowledgeGraphSchemaTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Execution", "Differential");

    private static string SchemaFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schema", "knowledge-graph.graphql");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("schema/knowledge-graph.graphql not found above the test output folder.");
    }

    private static Schema Build() => SchemaBuilder.FromSdl(File.ReadAllText(SchemaFile()), "knowledge-graph.graphql").Build();

    [Fact]
    public void The_knowledge_graph_sdl_builds_into_a_valid_schema()
    {
        var schema = Build();
        Assert.NotNull(schema.QueryType);
        Assert.Equal("Query", schema.QueryType!.Name);
    }

    [Fact]
    public void Printing_the_knowledge_graph_schema_matches_graphql_js()
    {
        var expected = File.ReadAllText(Path.Combine(Folder, "knowledge-graph.printed.graphql"));
        Assert.Equal(expected, SchemaPrinter.Print(Build()));
    }

    [Fact]
    public async Task Introspection_of_the_knowledge_graph_schema_matches_graphql_js()
    {
        var expected = File.ReadAllText(Path.Combine(Folder, "knowledge-graph.introspection.json"));
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = Build(), Query = IntrospectionQuery.Text });
        Assert.Equal(expected, result.ToJson());
    }
}
