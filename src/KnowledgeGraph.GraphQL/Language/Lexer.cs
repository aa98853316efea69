using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec §2.1), skipping ignored tokens (whitespace, commas, comments).
/// Error messages and positions follow graphql-js exactly.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;

    // The current token as plain integers: the parser reads kind and offsets on every token, and copying a token that
    // holds a string into this object would cost a GC write barrier per token. A name's string is only looked up
    // when the parser consumes it (NameValue); literal values (numbers, strings) are the only strings kept here.
    private string? _literal;

    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        _body = source.Body;
        Kind = TokenKind.Sof;
    }

    public Source Source { get; }

    /// <summary>The current (not yet consumed) token.</summary>
    public Token Token => new(Kind, Start, End, Value);

    internal TokenKind Kind { get; private set; }

    internal int Start { get; private set; }

    internal int End { get; private set; }

    /// <summary>The current token's value: a name's text, a number's digits, a string's cooked value; else null.</summary>
    internal string? Value => Kind switch
    {
        TokenKind.Name => NameValue(),
        TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString => _literal,
        _ => null,
    };

    /// <summary>The text of the current token, which is a name (the string is shared with earlier names of the same text).</summary>
    internal string NameValue() => NameTable.Get(_body, Start, End - Start);

    /// <summary>Whether the current token is the name <paramref name="keyword"/> (compared in place, no string made).</summary>
    internal bool IsKeyword(string keyword) =>
        Kind == TokenKind.Name && _body.AsSpan(Start, End - Start).SequenceEqual(keyword);

    /// <summary>
    /// Where the previously consumed token ended (it closes a node's location).
    /// </summary>
    public int LastTokenEnd { get; private set; }

    /// <summary>Moves to the next significant token and returns it.</summary>
    public Token Advance()
    {
        Next();
        return Token;
    }

    /// <summary>Moves to the next significant token (the parser's way: nothing is copied out).</summary>
    internal void Next()
    {
        LastTokenEnd = End;
        if (Kind != TokenKind.Eof) ReadNextToken(End);
    }

    /// <summary>The token after the current one, without consuming anything.</summary>
    public Token Lookahead()
    {
        if (Kind == TokenKind.Eof) return Token;
        var (kind, start, end, literal) = (Kind, Start, End, _literal);
        ReadNextToken(end);
        var next = Token;
        (Kind, Start, End, _literal) = (kind, start, end, literal);
        return next;
    }

    private void Set(TokenKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    private void SetLiteral(TokenKind kind, int start, int end, string value)
    {
        Set(kind, start, end);
        _literal = value;
    }

    private GraphQLError SyntaxError(int position, string description) =>
        new("Syntax Error: " + description, nodes: null, source: Source, positions: [position]);

    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    private void ReadNextToken(int start)
    {
        var body = _body;
        var position = start;
        while (position < body.Length)
        {
            var code = body[position];
            // One table load classifies every ASCII character; names, whitespace and punctuators (nearly every token
            // of a document) are handled here, everything else in ReadOtherToken.
            var charClass = code < 128 ? AsciiClasses[code] : CharClass.Other;
            if (charClass == CharClass.NameStart)
            {
                Set(TokenKind.Name, position, NameEnd(position));
                return;
            }
            if (charClass == CharClass.Ignored)
            {
                position = SkipIgnored(position + 1);
                continue;
            }
            if (charClass == CharClass.Punctuator)
            {
                Set(Punctuators[code], position, position + 1);
                return;
            }
            if (code == '\uFEFF')
            {
                position++;
                continue;
            }
            if (code == '#')
            {
                position = SkipComment(position);
                continue;
            }
            ReadOtherToken(position, code);
            return;
        }
        Set(TokenKind.Eof, body.Length, body.Length);
    }

    /// <summary>Spreads, strings, numbers, and the errors of characters that start no token.</summary>
    private void ReadOtherToken(int position, int code)
    {
        switch (code)
        {
            case '.':
                {
                    var next = CharAt(position + 1);
                    if (next == '.' && CharAt(position + 2) == '.')
                    {
                        Set(TokenKind.Spread, position, position + 3);
                        return;
                    }
                    if (next == '.') throw SyntaxError(position, "Unexpected \"..\", did you mean \"...\"?");
                    if (IsDigit(next)) throw DigitsAfterDot(position, next);
                    break;
                }
            case '"':
                if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"') ReadBlockString(position);
                else ReadString(position);
                return;
        }
        if (IsDigit(code) || code == '-')
        {
            ReadNumber(position, code);
            return;
        }
        throw UnexpectedCharacter(position, code);
    }

    private enum CharClass : byte
    {
        Other,
        NameStart,
        Ignored,
        Punctuator,
    }

    /// <summary>The token kind of each one-character punctuator (spec §2.1.8; the spread "..." is read elsewhere).</summary>
    private static readonly TokenKind[] Punctuators = BuildPunctuators();

    // after Punctuators: static fields are initialised in textual order, and the classes are read from that table
    private static readonly CharClass[] AsciiClasses = BuildAsciiClasses();

    private static CharClass[] BuildAsciiClasses()
    {
        var table = new CharClass[128];
        for (var c = 0; c < table.Length; c++)
        {
            if (IsNameStart(c)) table[c] = CharClass.NameStart;
            else if (IsIgnoredAscii((char)c)) table[c] = CharClass.Ignored;
            else if (Punctuators[c] != TokenKind.Sof) table[c] = CharClass.Punctuator; // Sof: not a punctuator
        }
        return table;
    }

    private static TokenKind[] BuildPunctuators()
    {
        var table = new TokenKind[128];
        table['!'] = TokenKind.Bang;
        table['$'] = TokenKind.Dollar;
        table['&'] = TokenKind.Amp;
        table['('] = TokenKind.ParenL;
        table[')'] = TokenKind.ParenR;
        table[':'] = TokenKind.Colon;
        table['='] = TokenKind.Equals;
        table['@'] = TokenKind.At;
        table['['] = TokenKind.BracketL;
        table[']'] = TokenKind.BracketR;
        table['{'] = TokenKind.BraceL;
        table['|'] = TokenKind.Pipe;
        table['}'] = TokenKind.BraceR;
        return table;
    }

    /// <summary>
    /// Where the run of whitespace, commas and line terminators that continues at <paramref name="position"/> ends (a
    /// byte order mark ends it here and is skipped by the caller). Eight characters are classified at once and the
    /// run's end found by counting bits: indentation runs of different lengths then cost the same branches, where a
    /// character-at-a-time loop mispredicts its exit on nearly every run.
    /// </summary>
    private int SkipIgnored(int position)
    {
        var body = _body;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(body.AsSpan()));
        while (position <= body.Length - Vector128<ushort>.Count)
        {
            var chars = Vector128.LoadUnsafe(ref first, (nuint)position);
            var ignored = Vector128.Equals(chars, Vector128.Create((ushort)' '))
                | Vector128.Equals(chars, Vector128.Create((ushort)'\n'))
                | Vector128.Equals(chars, Vector128.Create((ushort)','))
                | Vector128.Equals(chars, Vector128.Create((ushort)'\t'))
                | Vector128.Equals(chars, Vector128.Create((ushort)'\r'));
            var run = BitOperations.TrailingZeroCount(~ignored.ExtractMostSignificantBits());
            position += run;
            if (run < Vector128<ushort>.Count) return position;
        }
        while (position < body.Length && IsIgnoredAscii(body[position])) position++;
        return position;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsIgnoredAscii(char code) => code is ' ' or '\n' or ',' or '\t' or '\r';

    /// <summary>
    /// The end of the name that starts at <paramref name="start"/>: eight characters classified at once (letters,
    /// digits, underscore), the name's end found by counting bits, so names of different lengths take the same branches.
    /// </summary>
    private int NameEnd(int start)
    {
        var body = _body;
        var position = start + 1;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(body.AsSpan()));
        while (position <= body.Length - Vector128<ushort>.Count)
        {
            var chars = Vector128.LoadUnsafe(ref first, (nuint)position);
            var letter = Vector128.LessThan((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
            var digit = Vector128.LessThan(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
            var underscore = Vector128.Equals(chars, Vector128.Create((ushort)'_'));
            var run = BitOperations.TrailingZeroCount(~(letter | digit | underscore).ExtractMostSignificantBits());
            position += run;
            if (run < Vector128<ushort>.Count) return position;
        }
        while (position < body.Length && IsNameContinue(body[position])) position++;
        return position;
    }

    // The error paths of ReadNextToken live outside it: their string building would otherwise give the hot method a
    // larger frame to set up on every token.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError DigitsAfterDot(int position, int next)
    {
        var end = ReadDigits(position + 1, next);
        var digits = _body[(position + 1)..end];
        return SyntaxError(position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError UnexpectedCharacter(int position, int code) =>
        SyntaxError(position, code == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                ? $"Unexpected character: {PrintCodePointAt(position)}."
                : $"Invalid character: {PrintCodePointAt(position)}.");

    private int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code is '\n' or '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else break;
        }
        return position;
    }

    private void ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;
        if (code == '-') code = CharAt(++position);
        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code)) throw SyntaxError(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-') code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.' || IsNameStart(code))
        {
            throw SyntaxError(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }
        SetLiteral(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode)) throw SyntaxError(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        var position = start + 1;
        while (IsDigit(CharAt(position))) position++;
        return position;
    }

    private void ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                string text;
                if (value is null) text = body[chunkStart..position];
                else text = value.Append(body, chunkStart, position - chunkStart).ToString();
                SetLiteral(TokenKind.String, start, position + 1, text);
                return;
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                int size;
                if (CharAt(position + 1) == 'u')
                {
                    size = CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value);
                }
                else
                {
                    size = ReadEscapedCharacter(position, value);
                }
                position += size;
                chunkStart = position;
                continue;
            }
            if (code is '\n' or '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw SyntaxError(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }
        throw SyntaxError(position, "Unterminated string.");
    }

    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point)) break;
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0) break;
        }
        throw SyntaxError(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw SyntaxError(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12) | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4) | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? c = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (c is null) throw SyntaxError(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        value.Append(c.Value);
        return 2;
    }

    private void ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                SetLiteral(TokenKind.BlockString, start, position + 3, BlockString.Dedent(lines));
                return;
            }
            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }
            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw SyntaxError(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }
        throw SyntaxError(position, "Unterminated string.");
    }

    private string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];

    /// <summary>graphql-js printCodePointAt: printable ASCII quoted, anything else as U+XXXX, end as &lt;EOF&gt;.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length) return "<EOF>";
        int code = _body[position];
        if (IsSupplementaryCodePoint(position)) code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        if (code is >= 0x20 and <= 0x7E) return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private bool IsSupplementaryCodePoint(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static bool IsDigit(int code) => code is >= '0' and <= '9';

    private static bool IsLetter(int code) => code is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    internal static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    internal static bool IsNameContinue(int code) => (uint)code < 128 && NameContinueChars[code];

    /// <summary>Letters, digits and underscore among ASCII: one load per character in the name loop instead of four tests.</summary>
    private static readonly bool[] NameContinueChars = BuildNameContinueChars();

    private static bool[] BuildNameContinueChars()
    {
        var table = new bool[128];
        for (var c = 0; c < table.Length; c++) table[c] = IsLetter(c) || IsDigit(c) || c == '_';
        return table;
    }
}
