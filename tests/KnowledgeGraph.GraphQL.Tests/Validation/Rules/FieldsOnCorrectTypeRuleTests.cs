using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void Defined_fields_pass()
    {
        ExpectValid(Rule, """
            fragment interfaceFieldSelection on Pet { name __typename }
            { pet { ...interfaceFieldSelection } }
            """);
    }

    [Fact]
    public void Undefined_field_fails()
    {
        ExpectErrors(
            Rule,
            "fragment fieldNotDefined on Dog { meowVolume }",
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 1, 35));
    }

    [Fact]
    public void Aliased_undefined_field_fails()
    {
        ExpectErrors(
            Rule,
            "fragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume: kawVolume }",
            Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 1, 53));
    }

    [Fact]
    public void Field_on_interface_suggests_types()
    {
        ExpectErrors(
            Rule,
            "fragment definedOnImplementorsButNotInterface on Pet { nickname }",
            Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", 1, 56));
    }

    [Fact]
    public void Field_on_union_fails()
    {
        ExpectErrors(
            Rule,
            "fragment directFieldSelectionOnUnion on CatOrDog { directField }",
            Error("Cannot query field \"directField\" on type \"CatOrDog\".", 1, 52));
    }

    [Fact]
    public void Shared_field_on_union_suggests_interface()
    {
        ExpectErrors(
            Rule,
            "fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }",
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", 1, 60));
    }

    [Fact]
    public void Typename_on_union_passes()
    {
        ExpectValid(Rule, "fragment f on CatOrDog { __typename ... on Pet { name } ... on Dog { barkVolume } }");
    }
}
