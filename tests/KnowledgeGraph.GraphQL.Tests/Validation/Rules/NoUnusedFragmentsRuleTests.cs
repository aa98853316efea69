using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void Used_fragments_pass()
    {
        ExpectValid(Rule, """
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            """);
    }

    [Fact]
    public void Unused_fragment_fails()
    {
        ExpectErrors(
            Rule,
            """
            fragment nameFragment on Dog { name }
            { dog { name } }
            """,
            Error("Fragment \"nameFragment\" is never used.", 1, 1));
    }

    [Fact]
    public void Fragment_used_only_by_unused_fragment_fails()
    {
        ExpectErrors(
            Rule,
            """
            { dog { name } }
            fragment Outer on Dog { ...Inner }
            fragment Inner on Dog { name }
            """,
            Error("Fragment \"Outer\" is never used.", 2, 1),
            Error("Fragment \"Inner\" is never used.", 3, 1));
    }
}
