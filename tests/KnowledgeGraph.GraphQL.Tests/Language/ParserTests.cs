using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public class ParserTests
{
    private static JsonElement Load(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", file))).RootElement;

    public static TheoryData<int> SyntaxErrorCases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Load("graphql-js-syntax-errors.json").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    public static TheoryData<int> PrintCases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Load("graphql-js-print.json").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(SyntaxErrorCases))]
    public void Syntax_errors_match_graphql_js_message_and_location(int index)
    {
        var expected = Load("graphql-js-syntax-errors.json")[index];
        var text = expected.GetProperty("c").GetString()!;
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.Equal(expected.GetProperty("msg").GetString(), error.Message);
        var location = Assert.Single(error.Locations!);
        var expectedLocation = expected.GetProperty("loc")[0];
        Assert.Equal(expectedLocation.GetProperty("line").GetInt32(), location.Line);
        Assert.Equal(expectedLocation.GetProperty("column").GetInt32(), location.Column);
    }

    [Theory]
    [MemberData(nameof(PrintCases))]
    public void Printing_a_parsed_document_matches_graphql_js_print(int index)
    {
        var expected = Load("graphql-js-print.json")[index];
        var printed = Printer.Print(Parser.Parse(expected.GetProperty("d").GetString()!));
        Assert.Equal(expected.GetProperty("p").GetString(), printed);
        // printing is a fixed point: the canonical text parses back to the same canonical text
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Fact]
    public void Nodes_carry_locations_with_one_based_line_and_column()
    {
        var document = Parser.Parse("query Q {\n  region(name: \"平潭\") { id }\n}");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(new SourceLocation(2, 3), field.Location!.StartLocation);
        Assert.Equal("平潭", Assert.IsType<StringValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal(Kind.Field, field.Kind);
        Assert.Equal(0, operation.Location!.Start);
        Assert.Equal(document.Location!.Source.Body.Length, operation.Location.End);
    }

    [Fact]
    public void Locations_are_absent_without_parsing_and_with_NoLocation_and_survive_copying()
    {
        var source = new Source("{ region { id } }", "dashboard.graphql");
        var located = Assert.IsType<OperationDefinitionNode>(Parser.Parse(source).Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal((2, 15), (located.Location!.Start, located.Location.End));
        Assert.Same(source, located.Location.Source);

        var unlocated = Parser.Parse(source, new ParserOptions { NoLocation = true });
        Assert.Null(unlocated.Location);
        Assert.Null(Assert.IsType<OperationDefinitionNode>(unlocated.Definitions[0]).SelectionSet.Selections[0].Location);

        Assert.Null(new NameNode { Value = "region" }.Location);
        var copy = new NameNode { Value = "region", Location = located.Location };
        Assert.Equal((2, 15, source), (copy.Location!.Start, copy.Location.End, copy.Location.Source));
        Assert.Equal(new SourceLocation(1, 3), copy.Location.StartLocation);
    }

    [Fact]
    public void Block_strings_are_dedented_like_the_spec()
    {
        var value = Parser.ParseValue("\"\"\"\n    第一行\n      indented\n\n    last\n  \"\"\"");
        Assert.Equal("第一行\n  indented\n\nlast", Assert.IsType<StringValueNode>(value).Value);
    }

    [Fact]
    public void A_thousand_deep_selection_fails_with_a_syntax_error_not_a_stack_overflow()
    {
        var text = string.Concat(Enumerable.Repeat("{ a ", 1000)) + string.Concat(Enumerable.Repeat("}", 1000));
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.StartsWith("Syntax Error: Document nesting is deeper than 256 levels.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_list_values_and_types_are_guarded_too()
    {
        Assert.Throws<GraphQLError>(() => Parser.Parse("{ a(x: " + new string('[', 5000) + new string(']', 5000) + ") }"));
        Assert.Throws<GraphQLError>(() => Parser.Parse("query($x: " + new string('[', 5000) + "Int" + new string(']', 5000) + ") { a }"));
    }

    [Fact]
    public void Max_tokens_aborts_with_the_graphql_js_message()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b c d }", new ParserOptions { MaxTokens = 3 }));
        Assert.Equal("Syntax Error: Document contains more than 3 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 7), error.Locations![0]);
    }

    [Fact]
    public void A_ten_megabyte_string_literal_parses_without_recursion()
    {
        var big = new string('x', 10 * 1024 * 1024);
        var document = Parser.Parse("{ a(s: \"" + big + "\") }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(big.Length, ((StringValueNode)field.Arguments[0].Value).Value.Length);
    }

    [Fact]
    public void Parse_type_reads_wrapped_types()
    {
        var type = Parser.ParseType("[Int!]!");
        var nonNull = Assert.IsType<NonNullTypeNode>(type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal("[Int!]!", Printer.Print(type));
        Assert.IsType<NonNullTypeNode>(list.Type);
    }

    [Fact]
    public void Max_length_refuses_an_oversized_document_before_lexing()
    {
        var text = "{ a(s: \"" + new string('x', 10 * 1024 * 1024) + "\") }";
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text, new ParserOptions { MaxLength = 1024 * 1024 }));
        Assert.Equal("Document is larger than the limit of 1048576 characters. Parsing aborted.", error.Message);
    }
}
