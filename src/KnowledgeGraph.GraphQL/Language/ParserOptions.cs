namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>.</summary>
public sealed record ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>Skip recording source locations (smaller AST; errors then carry no locations).</summary>
    public bool NoLocation { get; init; }

    /// <summary>Refuse documents longer than this many characters before lexing; null = unlimited.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Abort after this many tokens (graphql-js <c>maxTokens</c>); null = unlimited.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>
    /// Maximum nesting of selection sets, list/object values and list types. Guards the recursive-descent parser
    /// (and every later recursive pass) against stack exhaustion by hostile documents.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// Accept empty selection sets (<c>viewer { }</c>), as graphql-js 17 does by default; false restores the
    /// spec grammar <c>{ Selection+ }</c>.
    /// </summary>
    public bool AllowEmptySelectionSets { get; init; } = true;
}
