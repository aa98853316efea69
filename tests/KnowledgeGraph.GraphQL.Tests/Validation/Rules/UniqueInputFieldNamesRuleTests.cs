using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void Distinct_input_fields_pass()
    {
        ExpectValid(Rule, """
            { findDog(searchBy: { name: "Fido", owner: "Ann" }) { name } }
            """);
    }

    [Fact]
    public void Repeated_input_field_fails()
    {
        ExpectErrors(
            Rule,
            """
            { findDog(searchBy: { name: "Fido", name: "Rex" }) { name } }
            """,
            Error("There can be only one input field named \"name\".", 1, 23, 1, 37));
    }
}
