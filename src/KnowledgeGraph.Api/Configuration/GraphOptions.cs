namespace KnowledgeGraph.Api.Configuration;

/// <summary>The `Graph` configuration section: which store, and how the embedded one is seeded.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>"sqlite" (embedded default) or "neo4j".</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>Reports loaded on first start when the store is empty. Relative paths resolve from the content
    /// root and then upwards, so `dotnet run --project src/KnowledgeGraph.Api` finds graph-seed/reports.</summary>
    public string SeedDirectory { get; set; } = "graph-seed/reports";

    public bool SeedOnEmptyStore { get; set; } = true;
}
