namespace KnowledgeGraph.GraphQL.Differential.Tests;

/// <summary>Where the corpus and the graphql-js runner live, found from the test's output folder upwards.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Cases => Path.Combine(Root, "tests", "KnowledgeGraph.GraphQL.Differential.Tests", "Cases");

    public static string ReferenceTool => Path.Combine(Root, "tools", "graphql-reference");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
