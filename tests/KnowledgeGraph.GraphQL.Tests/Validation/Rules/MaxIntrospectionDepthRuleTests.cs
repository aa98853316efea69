using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void Shallow_introspection_passes()
    {
        ExpectValid(Rule, "{ __schema { types { fields { type { name } } } } }");
    }

    [Fact]
    public void Deep_introspection_fails()
    {
        ExpectErrors(
            Rule,
            """
            { __type(name: "Dog") { fields { type { fields { type { fields { name } } } } } } }
            """,
            Error("Maximum introspection depth exceeded", 1, 3));
    }
}
