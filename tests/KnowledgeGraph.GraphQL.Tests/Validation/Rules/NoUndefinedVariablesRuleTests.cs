using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void Defined_variables_pass()
    {
        ExpectValid(Rule, "query variableIsDefined($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }");
    }

    [Fact]
    public void Undefined_variable_fails()
    {
        ExpectErrors(
            Rule,
            "query variableIsNotDefined { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", 1, 65, 1, 1));
    }

    [Fact]
    public void Undefined_in_fragment_fails_per_operation()
    {
        ExpectErrors(
            Rule,
            """
            query variableIsNotDefinedUsedInSingleFragment { dog { ...isHouseTrainedFragment } }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """,
            Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInSingleFragment\".", 2, 71, 1, 1));
    }

    [Fact]
    public void Undefined_in_anonymous_operation_fails()
    {
        ExpectErrors(
            Rule,
            "{ dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            Error("Variable \"$atOtherHomes\" is not defined.", 1, 38, 1, 1));
    }
}
