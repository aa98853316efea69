using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void Distinct_arguments_pass()
    {
        ExpectValid(Rule, "{ arguments { multipleRequirements(x: 1, y: 2) } }");
    }

    [Fact]
    public void Repeated_arguments_fail()
    {
        ExpectErrors(
            Rule,
            "{ arguments { multipleRequirements(x: 1, x: 2, y: 3) } dog { name @include(if: true, if: false) } }",
            Error("There can be only one argument named \"x\".", 1, 36, 1, 42),
            Error("There can be only one argument named \"if\".", 1, 76, 1, 86));
    }
}
