using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    [Fact]
    public void Identical_fields_merge()
    {
        ExpectValid(Rule, """
            fragment mergeIdenticalFields on Dog { name name }
            fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }
            """);
    }

    [Fact]
    public void Same_alias_on_different_fields_fails()
    {
        ExpectErrors(
            Rule,
            "fragment conflictingBecauseAlias on Dog { name: nickname name }",
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 1, 43, 1, 58));
    }

    [Fact]
    public void Identical_arguments_merge()
    {
        ExpectValid(Rule, "fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }");
    }

    [Fact]
    public void Differing_arguments_fail()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgsOnValues on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }
            fragment conflictingArgsValueAndVar on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: $dogCommand) }
            fragment differingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 1, 43, 1, 76),
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 2, 46, 2, 79),
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 3, 33, 3, 66));
    }

    [Fact]
    public void Different_parents_may_differ()
    {
        ExpectValid(Rule, """
            fragment safeDifferingFields on Pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } }
            fragment safeDifferingArgs on Pet { ... on Dog { doesKnowCommand(dogCommand: SIT) } ... on Cat { doesKnowCommand(catCommand: JUMP) } }
            """);
    }

    [Fact]
    public void Different_return_shapes_fail_even_on_different_parents()
    {
        ExpectErrors(
            Rule,
            "fragment conflictingDifferingResponses on Pet { ... on Dog { someValue: nickname } ... on Cat { someValue: meowVolume } }",
            Error("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", 1, 62, 1, 97));
    }

    [Fact]
    public void Deep_conflict_reports_subfields()
    {
        ExpectErrors(
            Rule,
            "{ dog { owner { x: name } } dog { owner { x: pets { name } } } }",
            Error("Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 1, 3, 1, 9, 1, 17, 1, 29, 1, 35, 1, 43));
    }

    [Fact]
    public void Conflict_through_fragments_fails()
    {
        ExpectErrors(
            Rule,
            """
            { dog { ...A ...B } }
            fragment A on Dog { x: name }
            fragment B on Dog { x: barkVolume }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 21, 3, 21));
    }
}
