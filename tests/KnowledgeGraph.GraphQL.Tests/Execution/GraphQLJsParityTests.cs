using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>Behaviours pinned to graphql-js 17.1 where our engine once differed (see the differential suite).</summary>
public class GraphQLJsParityTests
{
    private const string Sdl = """
        type Query { region: Region document(lookup: DocumentLookup!): Document metric(year: Int!): Int }
        type Subscription { documentIssued: Document }
        type Region { name: String }
        type Document { id: ID title: String }
        input DocumentLookup @oneOf { id: ID docNumber: String }
        """;

    private static Schema BuildSchema() => SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "region", _ => new Dictionary<string, object?> { ["name"] = "平陆县" })
        .Resolve("Query", "document", _ => new Dictionary<string, object?> { ["id"] = "d1", ["title"] = "平陆县2023年法治政府建设工作报告" })
        .Resolve("Subscription", "documentIssued", _ => new Dictionary<string, object?> { ["id"] = "d1", ["title"] = "平陆县2023年法治政府建设工作报告" })
        .Build();

    private static Task<ExecutionResult> Run(string query, string? variablesJson = null) =>
        GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = BuildSchema(),
            Query = query,
            VariablesJson = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement,
        });

    [Fact]
    public async Task An_empty_selection_set_parses_validates_and_yields_an_empty_object()
    {
        var result = await Run("{ region { } }");
        Assert.Equal("""{"data":{"region":{}}}""", result.ToJson());
    }

    [Fact]
    public void Empty_selection_sets_can_still_be_refused_by_the_parser()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ region { } }", new ParserOptions { AllowEmptySelectionSets = false }));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
    }

    [Fact]
    public async Task A_subscription_operation_executes_its_root_fields_once_as_graphql_js_execute_does()
    {
        var result = await Run("subscription Watch { documentIssued { id title } }");
        Assert.Null(result.Errors);
        Assert.Equal("""{"data":{"documentIssued":{"id":"d1","title":"平陆县2023年法治政府建设工作报告"}}}""", result.ToJson());
    }

    [Theory]
    [InlineData("""{"l": {}}""")]
    [InlineData("""{"l": {"id": "d1", "docNumber": "平政发〔2023〕1号"}}""")]
    public async Task A_oneof_variable_without_exactly_one_field_is_refused_with_the_graphql_js_message(string variables)
    {
        var result = await Run("query Q($l: DocumentLookup!) { document(lookup: $l) { id } }", variables);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(
            "Variable \"$l\" has invalid value: Within OneOf Input Object type \"DocumentLookup\", exactly one field must be specified, and the value for that field must be non-null.",
            error.Message);
    }

    [Fact]
    public async Task A_oneof_variable_whose_only_field_is_null_is_refused_at_that_field()
    {
        var result = await Run("query Q($l: DocumentLookup!) { document(lookup: $l) { id } }", """{"l": {"id": null}}""");
        var error = Assert.Single(result.Errors!);
        Assert.Equal(
            "Variable \"$l\" has invalid value at .id: Within OneOf Input Object type \"DocumentLookup\", exactly one field must be specified, and the value for that field must be non-null.",
            error.Message);
    }

    [Fact]
    public async Task A_oneof_field_fed_by_an_absent_variable_fails_argument_coercion_with_the_graphql_js_message()
    {
        var result = await Run("query Q($id: ID) { document(lookup: { id: $id }) { id } }");
        var error = Assert.Single(result.Errors!);
        Assert.Equal(
            "Argument \"Query.document(lookup:)\" has invalid value: Expected variable \"$id\" provided to field \"id\" for OneOf Input Object type \"DocumentLookup\" to provide a runtime value.",
            error.Message);
        Assert.Equal(37, error.Locations![0].Column);
        Assert.Equal("""{"document":null}""", JsonSerializer.Serialize(JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data")));
    }

    [Fact]
    public async Task A_oneof_field_fed_by_a_null_variable_fails_argument_coercion_with_the_graphql_js_message()
    {
        var result = await Run("query Q($id: ID) { document(lookup: { id: $id }) { id } }", """{"id": null}""");
        var error = Assert.Single(result.Errors!);
        Assert.Equal(
            "Argument \"Query.document(lookup:)\" has invalid value: Expected variable \"$id\" provided to field \"id\" for OneOf Input Object type \"DocumentLookup\" not to be null.",
            error.Message);
    }

    [Fact]
    public async Task A_huge_integer_variable_is_printed_in_positional_notation_as_javascript_does()
    {
        var result = await Run("query Q($year: Int!) { metric(year: $year) }", """{"year": 1e20}""");
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Variable \"$year\" has invalid value: Int cannot represent non 32-bit signed integer value: 100000000000000000000", error.Message);
    }
}
