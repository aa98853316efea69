using System.Diagnostics;

namespace KnowledgeGraph.Api.Tests;

/// <summary>Runs a script of tools/graphql-http-audit with node (graphql-js is the reference implementation).</summary>
public static class NodeTool
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ToolDirectory => Path.Combine(RepoRoot, "tools", "graphql-http-audit");

    /// <summary>Null when the tool can run; otherwise why not. Under CI a missing tool is a failure, not a skip.</summary>
    public static void EnsureInstalled()
    {
        if (!Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"npm packages are not installed in {ToolDirectory}: run scripts/install-test-deps.sh (or npm ci there).");
        }
    }

    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, string? stdin = null, TimeSpan? timeout = null)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node") { WorkingDirectory = ToolDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"node {script} exited {process.ExitCode}: {await error}");
        return await output;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("KnowledgeGraph.sln not found above the test binaries.");
    }
}
