using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void Matching_literals_pass()
    {
        ExpectValid(Rule, """
            fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }
            fragment coercedIntIntoFloatArg on Arguments { floatArgField(floatArg: 123) }
            query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) { findDog(searchBy: $search) { name } }
            """);
    }

    [Fact]
    public void String_into_int_fails()
    {
        ExpectErrors(
            Rule,
            """
            fragment stringIntoInt on Arguments { intArgField(intArg: "123") }
            """,
            Error("Int cannot represent non-integer value: \"123\"", 1, 59));
    }

    [Fact]
    public void Wrong_default_value_fails()
    {
        ExpectErrors(
            Rule,
            "query badComplexValue { findDog(searchBy: { name: 123 }) { name } }",
            Error("String cannot represent a non string value: 123", 1, 51));
    }

    [Fact]
    public void Unknown_input_field_fails()
    {
        ExpectErrors(
            Rule,
            """
            { findDog(searchBy: { name: "Fido", colour: "brown" }) { name } }
            """,
            Error("Expected value of type \"FindDogInput\" not to include unknown field \"colour\", found: { name: \"Fido\", colour: \"brown\" }.", 1, 37));
    }

    [Fact]
    public void Null_into_non_null_fails()
    {
        ExpectErrors(
            Rule,
            "{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }",
            Error("Expected value of non-null type \"Boolean!\" not to be null.", 1, 57));
    }

    [Fact]
    public void Unknown_enum_value_gets_suggestion()
    {
        ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(dogCommand: sit) } }",
            Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", 1, 37));
    }

    [Fact]
    public void Int_out_of_range_fails()
    {
        ExpectErrors(
            Rule,
            "{ arguments { intArgField(intArg: 2147483648) } }",
            Error("Int cannot represent non 32-bit signed integer value: 2147483648", 1, 35));
    }

    [Fact]
    public void List_items_are_checked_one_by_one()
    {
        ExpectErrors(
            Rule,
            """
            { arguments { booleanListArgField(booleanListArg: [true, 1, "no"]) } }
            """,
            Error("Boolean cannot represent a non boolean value: 1", 1, 58),
            Error("Boolean cannot represent a non boolean value: \"no\"", 1, 61));
    }

    [Fact]
    public void String_for_input_object_fails()
    {
        ExpectErrors(
            Rule,
            """
            { findDogs(searchBy: "Fido") { name } }
            """,
            Error("Expected value of type \"FindDogInput\" to be an object, found: \"Fido\".", 1, 22));
    }

    [Fact]
    public void OneOf_with_two_fields_fails()
    {
        ExpectErrors(
            Rule,
            """
            { findPet(lookup: { byName: "Rex", byId: "1" }) { name } }
            """,
            Error("Within OneOf Input Object type \"PetLookup\", exactly one field must be specified, and the value for that field must be non-null.", 1, 19));
    }

    [Fact]
    public void OneOf_with_null_field_fails()
    {
        ExpectErrors(
            Rule,
            "{ findPet(lookup: { byName: null }) { name } }",
            Error("Within OneOf Input Object type \"PetLookup\", exactly one field must be specified, and the value for that field must be non-null.", 1, 19));
    }

    [Fact]
    public void OneOf_with_one_field_passes()
    {
        ExpectValid(Rule, "{ findPet(lookup: { byId: 1 }) { name } }");
    }
}
