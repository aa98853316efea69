namespace KnowledgeGraph.Api.Configuration;

/// <summary>The `GraphQL` configuration section: protection limits tuned for this schema.</summary>
public sealed class GraphQLLimitsOptions
{
    public const string Section = "GraphQL";

    public int MaxDepth { get; set; } = 15;
    public int MaxCost { get; set; } = 50_000;
    public int MaxAliases { get; set; } = 30;
    public int MaxTokens { get; set; } = 5_000;
    public int MaxDocumentBytes { get; set; } = 64 * 1024;
    public int MaxPageSize { get; set; } = 500;
    public int DefaultPageSize { get; set; } = 50;
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public bool Introspection { get; set; } = true;
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(10);
}
