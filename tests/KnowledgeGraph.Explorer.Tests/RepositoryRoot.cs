namespace KnowledgeGraph.Explorer.Tests;

/// <summary>Finds the checkout the tests run from: the folder holding KnowledgeGraph.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"KnowledgeGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
