using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

/// <summary>
/// The lexer finds the end of names and of whitespace runs eight characters at a time, with a character-at-a-time
/// tail near the end of the text. These tests put names and runs of every length across those block boundaries and at
/// the very end of the document, next to every kind of neighbour, and compare with what the spec's grammar says.
/// </summary>
public class LexerBlockScanTests
{
    private const string NameChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789";

    private static List<Token> Lex(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.Eof; token = lexer.Advance()) tokens.Add(token);
        return tokens;
    }

    private static string NameOfLength(int length, int seed)
    {
        var chars = new char[length];
        chars[0] = NameChars[seed % 53]; // a letter or underscore
        for (var i = 1; i < length; i++) chars[i] = NameChars[(seed + (i * 7)) % NameChars.Length];
        return new string(chars);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("{")]
    [InlineData("(")]
    [InlineData(":")]
    [InlineData(",")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\t")]
    [InlineData("@")]
    [InlineData("[")]
    [InlineData("]")]
    [InlineData("{}")]
    [InlineData("`")]
    [InlineData("é")]
    public void Names_of_every_length_end_where_the_grammar_says(string after)
    {
        for (var length = 1; length <= 40; length++)
        {
            for (var offset = 0; offset < 9; offset++)
            {
                var name = NameOfLength(length, length + offset);
                var text = new string(' ', offset) + name + after;
                if (after is "`" or "é")
                {
                    var error = Assert.Throws<GraphQLError>(() => Lex(text));
                    Assert.Equal(offset + length, Assert.Single(error.Positions!));
                    continue;
                }
                var first = Lex(text)[0];
                Assert.Equal(TokenKind.Name, first.Kind);
                Assert.Equal(name, first.Value);
                Assert.Equal(offset, first.Start);
                Assert.Equal(offset + length, first.End);
            }
        }
    }

    [Fact]
    public void Whitespace_runs_of_every_length_and_mix_are_skipped()
    {
        const string ignored = " \t,\n\r";
        for (var length = 1; length <= 40; length++)
        {
            for (var mix = 0; mix < ignored.Length; mix++)
            {
                var run = new string([.. Enumerable.Range(0, length).Select(i => ignored[(i * (mix + 1) + mix) % ignored.Length])]);
                Assert.Equal([0, 1 + length], Lex("a" + run + "b").Select(t => t.Start));
                Assert.Equal([0, 1 + length], Lex("{" + run + "}").Select(t => t.Start));
                Assert.Equal([length], Lex(run + "x").Select(t => t.Start));
                Assert.Equal([0], Lex("x" + run).Select(t => t.Start));
            }
        }
    }

    [Fact]
    public void A_byte_order_mark_inside_a_long_run_is_ignored()
    {
        var tokens = Lex("a          \uFEFF          b");
        Assert.Equal(["a", "b"], tokens.Select(t => t.Value));
        Assert.Equal(22, tokens[1].Start);
    }

    [Fact]
    public void A_character_that_ends_a_run_is_reported_at_its_own_position()
    {
        var text = "{" + new string(' ', 19) + "\u0007";
        var error = Assert.Throws<GraphQLError>(() => Lex(text));
        Assert.Equal(20, Assert.Single(error.Positions!));
        Assert.Equal("Syntax Error: Unexpected character: U+0007.", error.Message);
    }

    [Fact]
    public void Names_that_share_a_name_table_slot_stay_distinct()
    {
        // Same length, first, second, middle and last characters: the table's hash cannot tell them apart.
        var tokens = Lex("abXcdez abYcdez abXcdez abZcdez");
        Assert.Equal(["abXcdez", "abYcdez", "abXcdez", "abZcdez"], tokens.Select(t => t.Value));
    }
}
