namespace KnowledgeGraph.GraphQL.Language;

/// <summary>One lexical token: kind, character span, 1-based line/column of its start, and its value.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>graphql-js getTokenDesc: the kind, plus the value in quotes when there is one.</summary>
    public string Describe() => Value is null ? Kind.Describe() : Kind.Describe() + " \"" + Value + "\"";
}
