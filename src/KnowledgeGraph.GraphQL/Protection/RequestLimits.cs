namespace KnowledgeGraph.GraphQL.Protection;

/// <summary>
/// What one request may ask of the server. Checked on the parsed document before validation, so a hostile
/// document (deep nesting, a flood of aliases, a huge fan-out) is refused before any quadratic work or resolver.
/// </summary>
public sealed record RequestLimits
{
    public static readonly RequestLimits Default = new();

    /// <summary>Deepest chain of nested fields, fragments expanded.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Aliased fields in the whole document.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>Estimated cost: per field its weight (the SDL's <c>@cost(weight:)</c>, else 1 for objects and 0 for
    /// leaves), times the page size of every list above it.</summary>
    public int MaxCost { get; init; } = 50_000;

    /// <summary>Size assumed for a list field without a <c>first</c>/<c>last</c>/<c>limit</c> argument.</summary>
    public int AssumedListSize { get; init; } = 10;

    /// <summary>Tokens the parser reads before giving up.</summary>
    public int MaxTokens { get; init; } = 5_000;

    /// <summary>Size of the document text in UTF-8 bytes.</summary>
    public int MaxDocumentBytes { get; init; } = 64 * 1024;
}
