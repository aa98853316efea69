using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Tests.Language;

/// <summary>
/// The lexer keeps the current token as a kind and two offsets and makes a name's string only when asked; a literal's
/// value is kept beside them. These tests read tokens through the public API after every kind of neighbour (a name
/// after a string, a punctuator after a number) so that no value leaks from one token to the next, and check that
/// looking ahead consumes nothing.
/// </summary>
public class LexerTokenTests
{
    private static List<Token> Lex(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.Eof; token = lexer.Advance()) tokens.Add(token);
        return tokens;
    }

    [Fact]
    public void Every_token_carries_its_own_value_whatever_came_before()
    {
        var tokens = Lex("\"s\" a 1 { 2.5 \"\"\"block\"\"\" $b ... on");
        Assert.Equal(
            [
                new Token(TokenKind.String, 0, 3, "s"),
                new Token(TokenKind.Name, 4, 5, "a"),
                new Token(TokenKind.Int, 6, 7, "1"),
                new Token(TokenKind.BraceL, 8, 9, null),
                new Token(TokenKind.Float, 10, 13, "2.5"),
                new Token(TokenKind.BlockString, 14, 25, "block"),
                new Token(TokenKind.Dollar, 26, 27, null),
                new Token(TokenKind.Name, 27, 28, "b"),
                new Token(TokenKind.Spread, 29, 32, null),
                new Token(TokenKind.Name, 33, 35, "on"),
            ],
            tokens);
    }

    [Fact]
    public void Lookahead_reads_the_next_token_without_consuming_it()
    {
        var lexer = new Lexer(new Source("\"d\" type T"));
        Assert.Equal(TokenKind.Sof, lexer.Token.Kind);
        Assert.Equal(new Token(TokenKind.String, 0, 3, "d"), lexer.Lookahead());
        Assert.Equal(new Token(TokenKind.String, 0, 3, "d"), lexer.Advance());
        Assert.Equal(new Token(TokenKind.Name, 4, 8, "type"), lexer.Lookahead());
        Assert.Equal(new Token(TokenKind.String, 0, 3, "d"), lexer.Token);
        Assert.Equal(new Token(TokenKind.Name, 4, 8, "type"), lexer.Advance());
        Assert.Equal(3, lexer.LastTokenEnd);
        Assert.Equal(new Token(TokenKind.Name, 9, 10, "T"), lexer.Advance());
        Assert.Equal(TokenKind.Eof, lexer.Advance().Kind);
        Assert.Equal(TokenKind.Eof, lexer.Lookahead().Kind);
        Assert.Equal(10, lexer.LastTokenEnd);
    }

    [Fact]
    public void Max_tokens_counts_every_token_but_the_end()
    {
        // "{", "a", "b", "}": four tokens; <EOF> is not one of them.
        Assert.Single(Parser.Parse("{ a b }", new ParserOptions { MaxTokens = 4 }).Definitions);
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b }", new ParserOptions { MaxTokens = 3 }));
        Assert.Equal("Syntax Error: Document contains more than 3 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 7), error.Locations![0]);
    }

    [Fact]
    public void A_plain_field_reads_as_having_no_alias_arguments_or_directives()
    {
        var document = Parser.Parse("{ a b { c } d: e(x: 1) @skip(if: false) }");
        var fields = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().ToList();
        Assert.All(fields.Take(2), field =>
        {
            Assert.Null(field.Alias);
            Assert.Empty(field.Arguments);
            Assert.Empty(field.Directives);
        });
        Assert.Null(fields[0].SelectionSet);
        Assert.Equal("c", ((FieldNode)Assert.Single(fields[1].SelectionSet!.Selections)).Name.Value);
        Assert.Equal("d", fields[2].Alias!.Value);
        Assert.Equal("x", Assert.Single(fields[2].Arguments).Name.Value);
        Assert.Equal("skip", Assert.Single(fields[2].Directives).Name.Value);
        Assert.Equal(new SourceLocation(1, 13), fields[2].Location!.StartLocation);
        Assert.Equal(39, fields[2].Location!.End);
    }
}
