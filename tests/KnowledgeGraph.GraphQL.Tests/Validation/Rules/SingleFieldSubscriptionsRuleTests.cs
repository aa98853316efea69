using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void One_root_field_passes()
    {
        ExpectValid(Rule, "subscription sub { newMessage { body sender } }");
    }

    [Fact]
    public void Fragment_with_one_field_passes()
    {
        ExpectValid(Rule, """
            subscription sub { ...newMessageFields }
            fragment newMessageFields on Subscription { newMessage { body sender } }
            """);
    }

    [Fact]
    public void Two_root_fields_fail()
    {
        ExpectErrors(
            Rule,
            "subscription sub { newMessage { body sender } disallowedSecondRootField }",
            Error("Subscription \"sub\" must select only one top level field.", 1, 47));
    }

    [Fact]
    public void Two_root_fields_through_fragment_fail()
    {
        ExpectErrors(
            Rule,
            """
            subscription sub { ...multipleSubscriptions }
            fragment multipleSubscriptions on Subscription { newMessage { body sender } disallowedSecondRootField }
            """,
            Error("Subscription \"sub\" must select only one top level field.", 2, 77));
    }

    [Fact]
    public void Introspection_root_field_fails()
    {
        ExpectErrors(
            Rule,
            "subscription sub { __typename }",
            Error("Subscription \"sub\" must not select an introspection top level field.", 1, 20));
    }

    [Fact]
    public void Skip_and_include_at_top_level_fail()
    {
        ExpectErrors(
            Rule,
            "subscription sub($c: Boolean!) { newMessage @skip(if: $c) { body } }",
            Error("Subscription \"sub\" must not use `@skip` or `@include` directives in the top level selection.", 1, 45));
    }

    [Fact]
    public void Anonymous_subscription_with_two_fields_fails()
    {
        ExpectErrors(
            Rule,
            "subscription { newMessage { body } disallowedSecondRootField }",
            Error("Anonymous Subscription must select only one top level field.", 1, 36));
    }
}
