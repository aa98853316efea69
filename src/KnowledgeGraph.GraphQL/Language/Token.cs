namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// One lexical token: kind, character span and value. Its line and column are not kept: only errors need them, and
/// <see cref="Source.GetLocation"/> finds them from <see cref="Start"/>, so lexing does no line bookkeeping.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, string? Value)
{
    /// <summary>graphql-js getTokenDesc: the kind, plus the value in quotes when there is one.</summary>
    public string Describe() => Value is null ? Kind.Describe() : Kind.Describe() + " \"" + Value + "\"";
}
