using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void Acyclic_fragments_pass()
    {
        ExpectValid(Rule, """
            { dog { ...nameFragment } }
            fragment nameFragment on Dog { name ...barkVolumeFragment }
            fragment barkVolumeFragment on Dog { barkVolume }
            """);
    }

    [Fact]
    public void Two_fragment_cycle_fails()
    {
        ExpectErrors(
            Rule,
            """
            { dog { ...nameFragment } }
            fragment nameFragment on Dog { name ...barkVolumeFragment }
            fragment barkVolumeFragment on Dog { barkVolume ...nameFragment }
            """,
            Error("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", 2, 37, 3, 49));
    }

    [Fact]
    public void Cycle_through_nested_fields_fails()
    {
        ExpectErrors(
            Rule,
            """
            { dog { ...dogFragment } }
            fragment dogFragment on Dog { name owner { ...ownerFragment } }
            fragment ownerFragment on Human { name pets { ...dogFragment } }
            """,
            Error("Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\".", 2, 44, 3, 47));
    }

    [Fact]
    public void Self_spread_fails()
    {
        ExpectErrors(
            Rule,
            "fragment A on Dog { ...A }",
            Error("Cannot spread fragment \"A\" within itself.", 1, 21));
    }
}
