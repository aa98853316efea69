using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void Single_anonymous_operation_passes()
    {
        ExpectValid(Rule, "{ dog { name } }");
    }

    [Fact]
    public void Anonymous_beside_named_fails()
    {
        ExpectErrors(
            Rule,
            """
            { dog { name } }
            query getName { dog { owner { name } } }
            """,
            Error("This anonymous operation must be the only defined operation.", 1, 1));
    }

    [Fact]
    public void Two_anonymous_operations_both_fail()
    {
        ExpectErrors(
            Rule,
            """
            { dog { name } }
            { pet { name } }
            """,
            Error("This anonymous operation must be the only defined operation.", 1, 1),
            Error("This anonymous operation must be the only defined operation.", 2, 1));
    }
}
