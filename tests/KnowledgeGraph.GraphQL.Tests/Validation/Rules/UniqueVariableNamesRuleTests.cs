using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void Distinct_variables_pass()
    {
        ExpectValid(Rule, "query houseTrainedQuery($atOtherHomes: Boolean, $b: Int) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }");
    }

    [Fact]
    public void Repeated_variable_fails()
    {
        ExpectErrors(
            Rule,
            "query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            Error("There can be only one variable named \"$atOtherHomes\".", 1, 26, 1, 50));
    }
}
