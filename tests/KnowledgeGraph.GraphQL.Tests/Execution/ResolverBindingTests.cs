using System.Security.Claims;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public class ResolverBindingTests
{
    private enum RegionLevel
    {
        County,
        District,
        CountyLevelCity,
    }

    private sealed record Region(string Id, string Name, RegionLevel Level, DateOnly Since);

    private sealed record RegionFilter(string? NameContains, RegionLevel? Level, int First = 10);

    private const string Sdl = """
        scalar Date
        enum RegionLevel { COUNTY DISTRICT COUNTY_LEVEL_CITY }
        input RegionFilter { nameContains: String level: RegionLevel first: Int = 10 }
        type Region { id: ID! name: String! level: RegionLevel! since: Date! agencyCount: Int }
        type Query {
          regions(where: RegionFilter, levels: [RegionLevel!]): [Region!]!
          region(name: String!): Region
          me: String
          selected: [String!]!
          echoDate(on: Date!): Date!
        }
        """;

    private static readonly Region[] Regions =
    [
        new("Region:gaoyi", "高邑县", RegionLevel.County, new DateOnly(1949, 10, 1)),
        new("Region:pinglu", "平陆县", RegionLevel.County, new DateOnly(1949, 10, 1)),
        new("Region:fengrun", "丰润区", RegionLevel.District, new DateOnly(2002, 1, 1)),
    ];

    private static Schema BuildSchema() => SchemaBuilder.FromSdl(Sdl)
        .BindEnum<RegionLevel>("RegionLevel")
        .Resolve("Query", "regions", ctx =>
        {
            var filter = ctx.ArgumentOrDefault<RegionFilter?>("where", null);
            var levels = ctx.ArgumentOrDefault<RegionLevel[]?>("levels", null);
            return Regions
                .Where(r => filter?.NameContains is null || r.Name.Contains(filter.NameContains, StringComparison.Ordinal))
                .Where(r => filter?.Level is null || r.Level == filter.Level)
                .Where(r => levels is null || levels.Contains(r.Level))
                .Take(filter?.First ?? 10);
        })
        .ResolveAsync("Query", "region", async ctx =>
        {
            await Task.Yield();
            return Regions.FirstOrDefault(r => r.Name == ctx.Argument<string>("name"));
        })
        .ResolveTask("Region", "agencyCount", ctx => Task.FromResult<int?>(ctx.ParentAs<Region>().Name.Length))
        .Resolve("Query", "me", ctx => ctx.User?.Identity?.Name + "/" + ctx.Role + "/" + ctx.Request.Items["tenant"])
        .Resolve("Query", "selected", ctx => ctx.SelectedFieldNames)
        .Resolve("Query", "echoDate", ctx => ctx.Argument<DateOnly>("on").AddDays(1))
        .Build();

    private static async Task<string> Run(string query, object? variables = null, ClaimsPrincipal? user = null)
    {
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = BuildSchema(),
            Query = query,
            Variables = variables as IReadOnlyDictionary<string, object?>,
            User = user,
            Role = "analyst",
            Items = [new("tenant", "hebei")],
        });
        return result.ToJson();
    }

    [Fact]
    public async Task Properties_of_records_resolve_by_camel_case_name_and_enums_map_to_csharp()
    {
        var json = await Run("{ regions { id name level since } }");
        Assert.Equal(
            """{"data":{"regions":[{"id":"Region:gaoyi","name":"高邑县","level":"COUNTY","since":"1949-10-01"},{"id":"Region:pinglu","name":"平陆县","level":"COUNTY","since":"1949-10-01"},{"id":"Region:fengrun","name":"丰润区","level":"DISTRICT","since":"2002-01-01"}]}}""",
            json);
    }

    [Fact]
    public async Task Input_objects_bind_to_records_with_enum_members_and_defaults()
    {
        var json = await Run("""{ regions(where: { nameContains: "县", level: COUNTY, first: 1 }) { name } all: regions(levels: [DISTRICT]) { name } }""");
        Assert.Equal("""{"data":{"regions":[{"name":"高邑县"}],"all":[{"name":"丰润区"}]}}""", json);
    }

    [Fact]
    public async Task Variables_flow_into_typed_arguments()
    {
        var variables = new Dictionary<string, object?>
        {
            ["w"] = new Dictionary<string, object?> { ["level"] = "DISTRICT" },
            ["n"] = "平陆县",
        };
        var json = await Run("query ($w: RegionFilter, $n: String!) { regions(where: $w) { name } region(name: $n) { name agencyCount } }", variables);
        Assert.Equal("""{"data":{"regions":[{"name":"丰润区"}],"region":{"name":"平陆县","agencyCount":3}}}""", json);
    }

    [Fact]
    public async Task Resolvers_see_the_request_context()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "李明")], "test"));
        Assert.Equal("""{"data":{"me":"李明/analyst/hebei"}}""", await Run("{ me }", user: user));
    }

    [Fact]
    public async Task Custom_scalars_coerce_input_and_output()
    {
        Assert.Equal("""{"data":{"echoDate":"2021-02-27"}}""", await Run("""{ echoDate(on: "2021-02-26") }"""));
        var bad = await Run("""{ echoDate(on: "26/02/2021") }""");
        Assert.Contains("Date cannot represent value", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolver_exceptions_become_located_errors_with_a_code_and_no_internals()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int b: String! c: String }")
            .Resolve("Query", "a", _ => throw new InvalidOperationException("connection string leaked"))
            .Resolve("Query", "b", _ => throw new GraphQLError("No report for 2019.", null, extensions: new Dictionary<string, object?> { ["code"] = "NOT_FOUND" }))
            .Resolve("Query", "c", _ => "ok")
            .Build();
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ a c b }" });
        Assert.Equal(
            """{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"No report for 2019.","locations":[{"line":1,"column":7}],"path":["b"],"extensions":{"code":"NOT_FOUND"}}],"data":null}""",
            result.ToJson());
    }

    [Fact]
    public async Task Sub_selection_is_visible_to_the_resolver_through_fragments_and_directives()
    {
        var schema = SchemaBuilder.FromSdl("type Query { regions: [Region] } type Region { id: ID name: String level: String }")
            .Resolve("Query", "regions", ctx => new[] { new Dictionary<string, object?> { ["name"] = string.Join(",", ctx.SelectedFieldNames) } })
            .Build();
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "query ($skip: Boolean!) { regions { name ...F ... on Region { id @skip(if: $skip) } } } fragment F on Region { level }",
            Variables = new Dictionary<string, object?> { ["skip"] = true },
        });
        Assert.Equal("""{"data":{"regions":[{"name":"name,level","level":null}]}}""", result.ToJson());
    }
}
