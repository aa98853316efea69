using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void Repeatable_directive_passes()
    {
        ExpectValid(Rule, """
            { dog { name @track(label: "a") @track(label: "b") } }
            """);
    }

    [Fact]
    public void Repeated_directive_fails()
    {
        ExpectErrors(
            Rule,
            "query ($foo: Boolean = true, $bar: Boolean = false) { dog { name @skip(if: $foo) @skip(if: $bar) } }",
            Error("The directive \"@skip\" can only be used once at this location.", 1, 66, 1, 82));
    }
}
