using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void Object_spread_in_object_scope_passes()
    {
        ExpectValid(Rule, "fragment dogFragment on Dog { ... on Dog { barkVolume } }");
    }

    [Fact]
    public void Object_spread_in_wrong_object_fails()
    {
        ExpectErrors(
            Rule,
            "fragment catInDogFragmentInvalid on Dog { ... on Cat { meowVolume } }",
            Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", 1, 43));
    }

    [Fact]
    public void Abstract_spreads_in_object_scope_pass()
    {
        ExpectValid(Rule, """
            fragment petNameFragment on Pet { name }
            fragment interfaceWithinObjectFragment on Dog { ...petNameFragment }
            fragment catOrDogNameFragment on CatOrDog { ... on Cat { meowVolume } }
            fragment unionWithObjectFragment on Dog { ...catOrDogNameFragment }
            """);
    }

    [Fact]
    public void Object_spreads_in_abstract_scope()
    {
        ExpectErrors(
            Rule,
            """
            fragment petFragment on Pet { name ... on Dog { barkVolume } }
            fragment catOrDogFragment on CatOrDog { ... on Cat { meowVolume } }
            fragment sentientFragment on Sentient { ... on Dog { barkVolume } }
            fragment humanOrAlienFragment on HumanOrAlien { ... on Cat { meowVolume } }
            """,
            Error("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", 3, 41),
            Error("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", 4, 49));
    }

    [Fact]
    public void Abstract_spreads_in_abstract_scope()
    {
        ExpectErrors(
            Rule,
            """
            fragment unionWithInterface on Pet { ...dogOrHumanFragment }
            fragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }
            fragment nonIntersectingInterfaces on Pet { ...sentientFragment }
            fragment sentientFragment on Sentient { name }
            """,
            Error("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", 3, 45));
    }
}
