using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void Distinct_names_pass()
    {
        ExpectValid(Rule, """
            query getDogName { dog { name } }
            query getOwnerName { dog { owner { name } } }
            """);
    }

    [Fact]
    public void Same_name_twice_fails()
    {
        ExpectErrors(
            Rule,
            """
            query getName { dog { name } }
            query getName { dog { owner { name } } }
            """,
            Error("There can be only one operation named \"getName\".", 1, 7, 2, 7));
    }

    [Fact]
    public void Same_name_on_query_and_mutation_fails()
    {
        ExpectErrors(
            Rule,
            """
            query dogOperation { dog { name } }
            mutation dogOperation { renameDog(name: "x") { name } }
            """,
            Error("There can be only one operation named \"dogOperation\".", 1, 7, 2, 10));
    }
}
