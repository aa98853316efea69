namespace KnowledgeGraph.Benchmarks.Measurement;

/// <summary>Finds the repository root (the folder holding graph-seed/ and schema/) from the working folder or the binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "graph-seed")) && Directory.Exists(Path.Combine(dir.FullName, "schema")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Run from inside the repository: graph-seed/ and schema/ were not found above the working folder.");
    }
}
