using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void Provided_and_optional_arguments_pass()
    {
        ExpectValid(Rule, """
            fragment goodNonNullArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: true) }
            fragment goodBooleanArgDefault on Arguments { booleanArgField optionalNonNullBooleanArgField }
            """);
    }

    [Fact]
    public void Missing_required_argument_fails()
    {
        ExpectErrors(
            Rule,
            "fragment missingRequiredArg on Arguments { nonNullBooleanArgField }",
            Error("Argument \"Arguments.nonNullBooleanArgField(nonNullBooleanArg:)\" of type \"Boolean!\" is required, but it was not provided.", 1, 44));
    }

    [Fact]
    public void Missing_directive_argument_fails()
    {
        ExpectErrors(
            Rule,
            "{ dog { name @include } }",
            Error("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", 1, 14));
    }

    [Fact]
    public void Two_missing_arguments_fail()
    {
        ExpectErrors(
            Rule,
            "{ arguments { multipleRequirements } }",
            Error("Argument \"Arguments.multipleRequirements(x:)\" of type \"Int!\" is required, but it was not provided.", 1, 15),
            Error("Argument \"Arguments.multipleRequirements(y:)\" of type \"Int!\" is required, but it was not provided.", 1, 15));
    }
}
