using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void Distinct_fragments_pass()
    {
        ExpectValid(Rule, """
            { dog { ...fragmentOne ...fragmentTwo } }
            fragment fragmentOne on Dog { name }
            fragment fragmentTwo on Dog { owner { name } }
            """);
    }

    [Fact]
    public void Duplicate_fragment_fails()
    {
        ExpectErrors(
            Rule,
            """
            { dog { ...fragmentOne } }
            fragment fragmentOne on Dog { name }
            fragment fragmentOne on Dog { owner { name } }
            """,
            Error("There can be only one fragment named \"fragmentOne\".", 2, 10, 3, 10));
    }
}
