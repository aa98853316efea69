using System.Text.Json;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public class SchemaValidationTests
{
    private static JsonElement Cases() => JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Types", "graphql-js-schema-errors.json"))).RootElement;

    public static TheoryData<int> CaseIndices()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Cases().GetArrayLength(); i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void Broken_sdl_fails_with_graphql_js_messages_and_locations(int index)
    {
        var c = Cases()[index];
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(c.GetProperty("sdl").GetString()!, "broken.graphql").Build());
        var expected = c.GetProperty("errors").EnumerateArray().Select(e =>
            e.GetProperty("message").GetString() + " @ " + string.Join(" ", e.GetProperty("locations").EnumerateArray()
                .Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}"))).ToList();
        var actual = error.Errors.Select(e =>
            e.Message + " @ " + string.Join(" ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_exception_message_names_the_source_line_and_problem()
    {
        var sdl = "type Query {\n  region: Regoin\n}\ntype Region { name: String }";
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl, "knowledge-graph.graphql").Build());
        Assert.Contains("knowledge-graph.graphql:2:11: Unknown type \"Regoin\". Did you mean \"Region\"?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_definitions_and_unknown_extensions_are_reported()
    {
        var sdl = "type Query { a: Int a: String }\ntype Query { b: Int }\nextend type Missing { c: Int }\nenum E { A A }";
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl).Build());
        var messages = error.Errors.Select(e => e.Message).ToList();
        Assert.Contains("There can be only one type named \"Query\".", messages);
        Assert.Contains("Field \"Query.a\" can only be defined once.", messages);
        Assert.Contains("Cannot extend type \"Missing\" because it is not defined.", messages);
        Assert.Contains("Enum value \"E.A\" can only be defined once.", messages);
    }

    [Fact]
    public void Syntax_errors_in_sdl_surface_as_graphql_errors_with_location()
    {
        var error = Assert.Throws<GraphQLError>(() => SchemaBuilder.FromSdl("type Query { a: }"));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal(1, error.Locations![0].Line);
        Assert.Equal(17, error.Locations[0].Column);
    }

    [Fact]
    public void Binding_a_resolver_to_a_missing_field_fails_the_build()
    {
        var builder = SchemaBuilder.FromSdl("type Query { a: Int }").Resolve("Query", "b", _ => 1);
        var error = Assert.Throws<SchemaValidationException>(() => builder.Build());
        Assert.Contains("Cannot bind a resolver to \"Query.b\": no such field in the schema.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extensions_and_interfaces_implementing_interfaces_build()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { node: Node }
            interface Node { id: ID! }
            interface Named implements Node { id: ID! name: String! }
            type Region implements Node & Named { id: ID! name: String! }
            extend type Region { level: Int }
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
            extend type Query @tag(name: "a") @tag(name: "b")
            """).Build();
        var region = Assert.IsType<ObjectType>(schema.GetType("Region"));
        Assert.Equal(["id", "name", "level"], region.Fields.Keys);
        var node = Assert.IsType<InterfaceType>(schema.GetType("Node"));
        var named = Assert.IsType<InterfaceType>(schema.GetType("Named"));
        Assert.True(schema.IsSubType(node, named));
        Assert.True(schema.IsSubType(node, region));
        Assert.Equal([region], schema.GetPossibleTypes(node));
        Assert.True(schema.GetDirective("tag")!.IsRepeatable);
    }
}
