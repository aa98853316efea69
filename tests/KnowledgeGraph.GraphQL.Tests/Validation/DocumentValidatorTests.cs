using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void A_valid_document_has_no_errors()
    {
        Assert.Empty(Validate("""
            query Owners($atHome: Boolean = true) {
              dog { name isHouseTrained(atOtherHomes: $atHome) owner { ...HumanFields } }
              catOrDog { __typename ... on Cat { meowVolume } }
            }
            fragment HumanFields on Human { name pets { name } }
            """));
    }

    [Fact]
    public void All_rules_report_in_document_order_then_rule_order()
    {
        var errors = Validate("""
            query Q($unused: Int, $c: Cat) {
              dog { nmae ...Missing barkVolume { x } }
              human(id: 1, id: 2) { pets }
            }
            fragment Loose on Dog { name }
            """);

        Assert.Equal(
            [
                Error("Variable \"$unused\" is never used in operation \"Q\".", 1, 9),
                Error("Variable \"$c\" is never used in operation \"Q\".", 1, 23),
                Error("Variable \"$c\" cannot be non-input type \"Cat\".", 1, 27),
                Error("Cannot query field \"nmae\" on type \"Dog\". Did you mean \"name\"?", 2, 9),
                Error("Unknown fragment \"Missing\".", 2, 17),
                Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", 2, 36),
                Error("There can be only one argument named \"id\".", 3, 9, 3, 16),
                Error("Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", 3, 25),
                Error("Fragment \"Loose\" is never used.", 5, 1),
            ],
            errors.Select(Describe));
    }

    [Fact]
    public void Validation_stops_at_the_error_limit()
    {
        var errors = DocumentValidator.Validate(
            Schema, Parser.Parse("{ dog { a b c d e } }"), options: new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(
            [
                Error("Cannot query field \"a\" on type \"Dog\".", 1, 9),
                Error("Cannot query field \"b\" on type \"Dog\".", 1, 11),
                Error("Cannot query field \"c\" on type \"Dog\".", 1, 13),
                "Too many validation errors, error limit reached. Validation aborted.",
            ],
            errors.Select(Describe));
    }

    [Fact]
    public void Suggestions_can_be_hidden()
    {
        var errors = DocumentValidator.Validate(
            Schema, Parser.Parse("{ dog { nmae } }"), options: new ValidationOptions { HideSuggestions = true });

        Assert.Equal([Error("Cannot query field \"nmae\" on type \"Dog\".", 1, 9)], errors.Select(Describe));
    }

    [Fact]
    public void A_field_merging_bomb_is_aborted_instead_of_compared_pair_by_pair()
    {
        var fields = string.Join(' ', Enumerable.Range(0, 800).Select(i => i % 2 == 1 ? "x: name" : "x: nickname"));

        var errors = Validate("{ dog { " + fields + " } }");

        Assert.Equal(["Validation aborted."], errors.Select(Describe));
    }

    [Fact]
    public void A_thousand_fragment_cycle_is_reported_then_further_fragment_analysis_is_cut_off()
    {
        var fragments = Enumerable.Range(0, 1000).Select(i => $"fragment F{i} on Dog {{ name ...F{(i + 1) % 1000} }}");

        var errors = Validate("{ dog { ...F0 } }\n" + string.Join('\n', fragments));

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\"", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("Validation aborted.", errors[1].Message);
    }

    [Fact]
    public void Fragment_chains_nested_beyond_the_parser_depth_limit_end_validation_instead_of_the_process()
    {
        // Two parallel chains of 30,000 fragments, each adding one level: comparing them recurses once per level.
        const int Depth = 30_000;
        var fragments = Enumerable.Range(0, Depth).Select(i =>
            $"fragment A{i} on Dog {{ owner {{ pets {{ ...A{i + 1} }} }} }}\nfragment B{i} on Dog {{ owner {{ pets {{ ...B{i + 1} }} }} }}");

        var errors = Validate(
            "{ dog { ...A0 ...B0 } }\n" + string.Join('\n', fragments)
            + $"\nfragment A{Depth} on Pet {{ x: name }}\nfragment B{Depth} on Pet {{ x: __typename }}");

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Descriptions_are_documentation_not_values_to_check()
    {
        Assert.Empty(Validate("""
            "Owners and their dogs."
            query Q("at another home" $atHome: Boolean) { dog { isHouseTrained(atOtherHomes: $atHome) ...F } }
            "The dog's name." fragment F on Dog { name }
            """));
    }

    [Fact]
    public void Only_the_given_rules_run()
    {
        var errors = Validate("query Q($unused: Int) { dog { nmae } }", new FieldsOnCorrectTypeRule());

        Assert.Equal([Error("Cannot query field \"nmae\" on type \"Dog\". Did you mean \"name\"?", 1, 31)], errors.Select(Describe));
    }
}
