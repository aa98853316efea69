using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Input_types_pass()
    {
        ExpectValid(Rule, "query takesBoolean($atOtherHomes: Boolean, $cmd: DogCommand, $f: FindDogInput, $l: [Boolean!]!) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }");
    }

    [Fact]
    public void Output_types_fail()
    {
        ExpectErrors(
            Rule,
            "query takesCat($cat: Cat, $dogs: [Pet], $pets: [[CatOrDog!]]!) { dog { name } }",
            Error("Variable \"$cat\" cannot be non-input type \"Cat\".", 1, 22),
            Error("Variable \"$dogs\" cannot be non-input type \"[Pet]\".", 1, 34),
            Error("Variable \"$pets\" cannot be non-input type \"[[CatOrDog!]]!\".", 1, 48));
    }
}
