using System.Text.Json;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

/// <summary>
/// Default values that do not fit their type, and input object defaults that refer back to themselves, fail the
/// build with graphql-js's validateSchema messages and locations (recorded from graphql@17.1.0).
/// </summary>
public class DefaultValueValidationTests
{
    private static JsonElement Cases() => JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Types", "graphql-js-default-value-errors.json"))).RootElement;

    public static TheoryData<int> CaseIndices()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Cases().GetArrayLength(); i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void Default_values_are_checked_as_graphql_js_checks_them(int index)
    {
        var c = Cases()[index];
        var sdl = c.GetProperty("sdl").GetString()!;
        var expected = c.GetProperty("errors").EnumerateArray().Select(e =>
            e.GetProperty("message").GetString() + " @ " + string.Join(" ", e.GetProperty("locations").EnumerateArray()
                .Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}"))).ToList();
        if (expected.Count == 0)
        {
            Assert.NotNull(SchemaBuilder.FromSdl(sdl, "defaults.graphql").Build());
            return;
        }
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl, "defaults.graphql").Build());
        var actual = error.Errors.Select(e =>
            e.Message + " @ " + string.Join(" ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_start_up_message_names_the_argument_and_the_line_of_the_bad_default()
    {
        var sdl = "type Query {\n  delegations(first: Int = \"twenty\"): Int\n}";
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl, "knowledge-graph.graphql").Build());
        Assert.Contains(
            "knowledge-graph.graphql:2:28: Query.delegations(first:) has invalid default value: Int cannot represent non-integer value: \"twenty\"",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fitting_defaults_of_every_kind_build()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { regions(first: Int = 20, level: Level = COUNTY, where: RegionFilter = {name: "城关镇", levels: [TOWNSHIP]}, ids: [ID!] = [1, "2"], at: Float = 1): Int }
            enum Level { COUNTY TOWNSHIP }
            input RegionFilter { name: String levels: [Level!] = COUNTY parent: RegionFilter = null pick: Pick = {id: "Region:1"} }
            input Pick @oneOf { id: ID name: String }
            directive @cost(weight: Int = 1) on FIELD_DEFINITION
            """).Build();
        var first = ((ObjectType)schema.GetType("Query")!).GetField("regions")!.GetArgument("first")!;
        Assert.Equal(20, first.DefaultValue);
    }
}
