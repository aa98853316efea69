using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void Operations_and_fragments_are_executable()
    {
        ExpectValid(Rule, """
            query Q { dog { ...F } }
            fragment F on Dog { name }
            """);
    }

    [Fact]
    public void Type_definitions_are_not_executable()
    {
        ExpectErrors(
            Rule,
            """
            query Q { dog { name } }
            
            type Cow { name: String }
            
            extend type Dog { color: String }
            """,
            Error("The \"Cow\" definition is not executable.", 3, 1),
            Error("The \"Dog\" definition is not executable.", 5, 1));
    }

    [Fact]
    public void Schema_definition_is_not_executable()
    {
        ExpectErrors(
            Rule,
            """
            schema { query: Query }
            { dog { name } }
            """,
            Error("The schema definition is not executable.", 1, 1));
    }
}
