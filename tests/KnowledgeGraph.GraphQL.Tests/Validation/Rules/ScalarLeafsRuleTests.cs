using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void Scalar_selection_passes()
    {
        ExpectValid(Rule, "{ dog { barkVolume } }");
    }

    [Fact]
    public void Selection_on_scalar_fails()
    {
        ExpectErrors(
            Rule,
            "{ dog { barkVolume { sinceWhen } } }",
            Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", 1, 20));
    }

    [Fact]
    public void Object_without_selection_fails()
    {
        ExpectErrors(
            Rule,
            "query directQueryOnObjectWithoutSubFields { human }",
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", 1, 45));
    }

    [Fact]
    public void Interface_and_union_without_selection_fail()
    {
        ExpectErrors(
            Rule,
            "{ pet catOrDog }",
            Error("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", 1, 3),
            Error("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", 1, 7));
    }

    [Fact]
    public void Selection_on_enum_typed_list_fails()
    {
        ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(dogCommand: SIT) { x } } }",
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean!\" has no subfields.", 1, 42));
    }
}
