using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Protection;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Protection;

/// <summary>The cost model and the depth/alias limits, on a small schema with a connection and @cost weights.</summary>
public class RequestLimitsAnalyzerTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        directive @cost(weight: Int!) on FIELD_DEFINITION
        type Query {
          regions(first: Int): RegionConnection!
          region(name: String!): Region
        }
        type RegionConnection { nodes: [Region!]! totalCount: Int! }
        type Region {
          name: String!
          parent: Region
          agencies: [Agency!]! @cost(weight: 5)
        }
        type Agency { name: String! region: Region }
        """).Build();

    private static readonly RequestLimits Limits = new() { MaxDepth = 4, MaxAliases = 2, MaxCost = 1_000, AssumedListSize = 10 };

    private static long Cost(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        RequestLimitsAnalyzer.EstimateCost(Schema, Parser.Parse(query), null, variables, Limits);

    private static IReadOnlyList<GraphQLError> Check(string query) =>
        RequestLimitsAnalyzer.Check(Schema, Parser.Parse(query), null, null, Limits);

    [Fact]
    public void Leaves_are_free_and_objects_cost_one()
    {
        Assert.Equal(1, Cost("{ region(name: \"a\") { name } }"));
        Assert.Equal(2, Cost("{ region(name: \"a\") { parent { name } } }"));
    }

    [Fact]
    public void A_connections_first_multiplies_its_nodes_once()
    {
        // regions (1) + 20 × nodes (1 each; the list directly under a sized field is not multiplied again)
        Assert.Equal(21, Cost("{ regions(first: 20) { nodes { name } } }"));
    }

    [Fact]
    public void A_variable_page_size_counts_like_a_literal()
    {
        var variables = new Dictionary<string, object?> { ["n"] = 20 };
        Assert.Equal(Cost("{ regions(first: 20) { nodes { name } } }"), Cost("query($n: Int) { regions(first: $n) { nodes { name } } }", variables));
    }

    [Fact]
    public void A_declared_weight_counts_once_and_an_unsized_list_multiplies_what_lies_below()
    {
        // region (1) + agencies: its weight 5 + assumed 10 × (its selection: leaves only) = 6
        Assert.Equal(6, Cost("{ region(name: \"a\") { agencies { name } } }"));
        // region (1) + agencies: 5 + assumed 10 × (region: 1) = 16
        Assert.Equal(16, Cost("{ region(name: \"a\") { agencies { region { name } } } }"));
    }

    [Fact]
    public void Too_costly_too_deep_and_too_many_aliases_are_refused_with_codes()
    {
        Assert.Equal(LimitErrorCodes.MaxCost, Assert.Single(Check("{ regions(first: 500) { nodes { agencies { name } } } }")).Code);
        Assert.Equal(LimitErrorCodes.MaxDepth, Assert.Single(Check("{ region(name: \"a\") { parent { parent { parent { parent { name } } } } } }")).Code);
        Assert.Equal(LimitErrorCodes.MaxAliases, Assert.Single(Check("{ a: region(name: \"a\") { name } b: region(name: \"b\") { name } c: region(name: \"c\") { name } }")).Code);
        Assert.Empty(Check("{ region(name: \"a\") { parent { name } } }"));
    }

    [Fact]
    public void Fragment_cycles_do_not_hang_the_analysis()
    {
        var errors = Check("""
            { region(name: "a") { ...A } }
            fragment A on Region { parent { ...B } }
            fragment B on Region { parent { ...A } }
            """);
        Assert.Empty(errors); // the cycle is cut here; validation reports it
    }
}
