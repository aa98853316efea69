using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Fact]
    public void Matching_types_pass()
    {
        ExpectValid(Rule, "query Q($b: Boolean!, $list: [Boolean!]) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) booleanArgField(booleanArg: $b) } booleanList(booleanListArg: $list) }");
    }

    [Fact]
    public void Nullable_into_non_null_fails()
    {
        ExpectErrors(
            Rule,
            "query intCannotGoIntoBoolean($intArg: Int) { arguments { booleanArgField(booleanArg: $intArg) } }",
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", 1, 30, 1, 86));
    }

    [Fact]
    public void Item_into_list_fails()
    {
        ExpectErrors(
            Rule,
            "query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) { arguments { booleanArgField(booleanArg: $booleanListArg) } }",
            Error("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", 1, 38, 1, 108));
    }

    [Fact]
    public void Nullable_into_required_fails()
    {
        ExpectErrors(
            Rule,
            "query booleanArgQuery($booleanArg: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }",
            Error("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", 1, 23, 1, 101));
    }

    [Fact]
    public void Default_values_allow_nullable_variables()
    {
        ExpectValid(Rule, """
            query booleanArgQueryWithDefault($booleanArg: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg) } }
            query booleanArgQueryWithDefault2($booleanArg: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }
            """);
    }

    [Fact]
    public void Nullable_items_into_non_null_items_fail()
    {
        ExpectErrors(
            Rule,
            "query listOfNullable($booleanList: [Boolean]) { booleanList(booleanListArg: $booleanList) }",
            Error("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean!]\".", 1, 22, 1, 77));
    }

    [Fact]
    public void Nullable_variable_in_oneOf_literal_is_left_to_execution()
    {
        ExpectValid(Rule, "query Q($name: String) { findPet(lookup: { byName: $name }) { name } }");
    }
}
