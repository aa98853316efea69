using KnowledgeGraph.Seed.Cli;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>The output of one in-process run of graph-seed.</summary>
internal sealed record SeedRun(int ExitCode, string Output, string Error)
{
    public static async Task<SeedRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SeedCli.RunAsync(args, output, error, CancellationToken.None);
        return new SeedRun(exit, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- output\n{Output}\n--- error\n{Error}";
}

/// <summary>A scratch folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-seed-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the OS temp cleaner takes it later.
        }
    }
}

/// <summary>Where the repository's files are, found from the test assembly's folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Reports => Path.Combine(Root, "graph-seed", "reports");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
