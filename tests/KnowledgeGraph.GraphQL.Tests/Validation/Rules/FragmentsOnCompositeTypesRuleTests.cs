using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Object_interface_and_union_conditions_pass()
    {
        ExpectValid(Rule, """
            fragment fragOnObject on Dog { name }
            fragment fragOnInterface on Pet { name }
            fragment fragOnUnion on CatOrDog { ... on Dog { name } }
            { dog { ...fragOnObject ...fragOnInterface ...fragOnUnion } }
            """);
    }

    [Fact]
    public void Scalar_condition_fails()
    {
        ExpectErrors(
            Rule,
            """
            fragment fragOnScalar on Int { something }
            { dog { ...fragOnScalar } }
            """,
            Error("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", 1, 26));
    }

    [Fact]
    public void Inline_fragment_on_scalar_fails()
    {
        ExpectErrors(
            Rule,
            "fragment inlineFragOnScalar on Dog { ... on Boolean { somethingElse } }",
            Error("Fragment cannot condition on non composite type \"Boolean\".", 1, 45));
    }

    [Fact]
    public void Input_object_condition_fails()
    {
        ExpectErrors(
            Rule,
            "fragment fragOnInput on FindDogInput { name }",
            Error("Fragment \"fragOnInput\" cannot condition on non composite type \"FindDogInput\".", 1, 25));
    }
}
