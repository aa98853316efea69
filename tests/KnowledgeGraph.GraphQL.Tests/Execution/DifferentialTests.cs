using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>
/// The same SDL, data and documents run through graphql-js 17.1 (recorded in Differential/cases.expected.json by
/// running graphql() with its default resolvers) and through this engine: the response JSON must be identical.
/// </summary>
public class DifferentialTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Execution", "Differential");
    private static readonly Lazy<Schema> SampleSchema = new(() =>
        SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(Folder, "sample.graphql")), "sample.graphql").Build());

    private static readonly Lazy<JsonElement> Data = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "sample-data.json"))).RootElement);

    private static JsonElement Cases() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "cases.expected.json"))).RootElement;

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases().EnumerateArray()) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Response_equals_graphql_js_over_json_data(string name)
    {
        var c = Cases().EnumerateArray().Single(x => x.GetProperty("name").GetString() == name);
        var result = await Run(c, Data.Value);
        Assert.Equal(c.GetProperty("expected").GetString(), result.ToJson());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Response_equals_graphql_js_over_clr_dictionaries(string name)
    {
        var c = Cases().EnumerateArray().Single(x => x.GetProperty("name").GetString() == name);
        var result = await Run(c, JsonValues.ToClr(Data.Value));
        Assert.Equal(c.GetProperty("expected").GetString(), result.ToJson());
    }

    [Fact]
    public void Printed_sample_schema_equals_graphql_js_print_schema()
    {
        var expected = File.ReadAllText(Path.Combine(Folder, "sample.printed.graphql"));
        Assert.Equal(expected, SchemaPrinter.Print(SampleSchema.Value));
    }

    private static Task<ExecutionResult> Run(JsonElement c, object? root) =>
        GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = SampleSchema.Value,
            Query = c.GetProperty("query").GetString(),
            OperationName = c.TryGetProperty("operationName", out var op) ? op.GetString() : null,
            VariablesJson = c.TryGetProperty("variables", out var v) ? v : null,
            RootValue = root,
        });
}
