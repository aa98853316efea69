using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void Used_variables_pass()
    {
        ExpectValid(Rule, """
            query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """);
    }

    [Fact]
    public void Unused_variable_fails()
    {
        ExpectErrors(
            Rule,
            "query variableUnused($atOtherHomes: Boolean) { dog { isHouseTrained } }",
            Error("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", 1, 22));
    }

    [Fact]
    public void Unused_in_anonymous_operation_fails()
    {
        ExpectErrors(
            Rule,
            "query ($a: Int) { dog { name } }",
            Error("Variable \"$a\" is never used.", 1, 8));
    }
}
