namespace KnowledgeGraph.GraphQL.Protection;

/// <summary>The <c>extensions.code</c> values of requests refused by <see cref="RequestLimits"/>.</summary>
public static class LimitErrorCodes
{
    public const string MaxDepth = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliases = "MAX_ALIASES_EXCEEDED";
    public const string MaxCost = "MAX_COST_EXCEEDED";
    public const string MaxTokens = "MAX_TOKENS_EXCEEDED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
}
