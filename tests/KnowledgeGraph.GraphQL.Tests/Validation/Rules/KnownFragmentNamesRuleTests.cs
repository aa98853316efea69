using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void Defined_fragment_passes()
    {
        ExpectValid(Rule, """
            { dog { ...nameFragment } }
            fragment nameFragment on Dog { name }
            """);
    }

    [Fact]
    public void Undefined_fragments_fail()
    {
        ExpectErrors(
            Rule,
            "{ dog { ...undefinedFragment ... on Dog { ...alsoUndefined } } }",
            Error("Unknown fragment \"undefinedFragment\".", 1, 12),
            Error("Unknown fragment \"alsoUndefined\".", 1, 46));
    }
}
