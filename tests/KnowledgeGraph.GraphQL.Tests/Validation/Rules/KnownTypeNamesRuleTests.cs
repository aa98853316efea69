using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void Known_types_pass()
    {
        ExpectValid(Rule, """
            query Q($var: String, $required: [Int!]!) { dog { ... on Pet { name } ...F } }
            fragment F on Dog { name }
            """);
    }

    [Fact]
    public void Unknown_types_fail_with_suggestions()
    {
        ExpectErrors(
            Rule,
            """
            query Q($var: JumbledUpLetters) { pet { ... on Badger { name } ...F } }
            fragment F on Peat { name }
            """,
            Error("Unknown type \"JumbledUpLetters\".", 1, 15),
            Error("Unknown type \"Badger\".", 1, 48),
            Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", 2, 15));
    }
}
