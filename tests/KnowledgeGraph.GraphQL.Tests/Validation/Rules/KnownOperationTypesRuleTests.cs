using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownOperationTypesRuleTests
{
    private static readonly KnownOperationTypesRule Rule = new();

    [Fact]
    public void Query_and_mutation_roots_exist()
    {
        ExpectValid(Rule, """
            query { dog { name } }
            mutation M { renameDog(name: "Rex") { name } }
            """);
    }
}
