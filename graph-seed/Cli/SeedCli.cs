using System.CommandLine;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>
/// The graph-seed command line: load, generate, extract, evaluate, export, import. Tests and the benchmarks call
/// <see cref="RunAsync"/> in-process with their own writers instead of spawning the tool.
/// </summary>
public static class SeedCli
{
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("graph-seed — 法治政府建设工作报告 into the knowledge graph: load reports, generate a synthetic corpus, extract facts, evaluate, export and import the graph.");
        root.Subcommands.Add(LoadCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        return root;
    }

    /// <summary>Runs the CLI with <paramref name="output"/> and <paramref name="error"/> as its console; returns the exit code.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = BuildRootCommand().Parse(args);
        return parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
