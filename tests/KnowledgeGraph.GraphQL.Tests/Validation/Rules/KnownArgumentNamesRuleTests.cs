using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void Known_arguments_pass()
    {
        ExpectValid(Rule, """
            fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }
            fragment argOnOptional on Dog { isHouseTrained(atOtherHomes: true) @include(if: true) }
            """);
    }

    [Fact]
    public void Unknown_field_argument_fails()
    {
        ExpectErrors(
            Rule,
            "fragment invalidArgName on Dog { doesKnowCommand(command: CLEAN_UP_HOUSE) }",
            Error("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", 1, 50));
    }

    [Fact]
    public void Unknown_directive_argument_fails()
    {
        ExpectErrors(
            Rule,
            "fragment invalidArgName on Dog { isHouseTrained(atOtherHomes: true) @include(unless: false) }",
            Error("Unknown argument \"unless\" on directive \"@include\".", 1, 78));
    }

    [Fact]
    public void Misspelled_argument_gets_suggestion()
    {
        ExpectErrors(
            Rule,
            "fragment f on Dog { isHouseTrained(atOtherHome: true) }",
            Error("Unknown argument \"atOtherHome\" on field \"Dog.isHouseTrained\". Did you mean \"atOtherHomes\"?", 1, 36));
    }
}
