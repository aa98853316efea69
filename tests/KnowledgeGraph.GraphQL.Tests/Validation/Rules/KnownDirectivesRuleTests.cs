using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void Known_directives_pass()
    {
        ExpectValid(Rule, """
            { dog { name @include(if: true) nickname @skip(if: false) @track(label: "x") } }
            """);
    }

    [Fact]
    public void Unknown_directive_fails()
    {
        ExpectErrors(
            Rule,
            "{ dog { name @unknown } }",
            Error("Unknown directive \"@unknown\".", 1, 14));
    }

    [Fact]
    public void Misplaced_directives_fail()
    {
        ExpectErrors(
            Rule,
            """
            query Q @skip(if: true) { dog @audit(reason: "r") { name } }
            fragment F on Dog @include(if: true) { name }
            """,
            Error("Directive \"@skip\" may not be used on QUERY.", 1, 9),
            Error("Directive \"@audit\" may not be used on FIELD.", 1, 31),
            Error("Directive \"@include\" may not be used on FRAGMENT_DEFINITION.", 2, 19));
    }
}
