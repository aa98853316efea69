using System.CommandLine;
using KnowledgeGraph.Seed.Loading;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>
/// load PATH...: reads report files, folders and globs into the configured store, with a progress bar on a
/// terminal, a summary table, and exit code 1 when any report failed.
/// </summary>
internal static class LoadCommand
{
    /// <summary>From this many reports into a new SQLite file, a bulk load: fewer go faster through the ordinary store.</summary>
    public const int BulkThreshold = 100;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Report files, folders (every *.txt below) or globs such as reports/**/*.txt.", Arity = ArgumentArity.OneOrMore };
        var parallelism = new Option<int>("--parallelism") { Description = "Reports extracted at once (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var noBulk = new Option<bool>("--no-bulk")
        {
            Description = $"Into a new SQLite file, write through the ordinary store even when loading {BulkThreshold} reports or more (a bulk load builds the indexes at the end).",
        };
        var store = StoreOptions.Create();
        var command = new Command("load", "Extract reports and load their facts into the graph; re-running skips what is loaded.") { paths, parallelism, noBulk };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!store.IsGiven(parse))
            {
                await error.WriteLineAsync("load: no store — pass --sqlite FILE (or --neo4j URL), or set Graph:Store and ConnectionStrings:Sqlite.").ConfigureAwait(false);
                return 2;
            }
            var found = ReportPaths.Expand(parse.GetValue(paths)!);
            foreach (var nothing in found.Unmatched) await error.WriteLineAsync($"load: {nothing} names no report file.").ConfigureAwait(false);
            if (found.Files.Count == 0)
            {
                await error.WriteLineAsync("load: no reports to load.").ConfigureAwait(false);
                return 2;
            }

            var settings = store.Resolve(parse);
            var bulk = !parse.GetValue(noBulk) && found.Files.Count >= BulkThreshold;
            await using var session = await StoreSession.OpenAsync(settings, bulk, cancellationToken).ConfigureAwait(false);
            if (session.IsBulk) await output.WriteLineAsync("load: bulk load into a new file (indexes and search windows built at the end)").ConfigureAwait(false);
            var loader = new ReportLoader(session.Store, new ReportReader()) { Parallelism = Math.Max(1, parse.GetValue(parallelism)) };
            LoadSummary summary = null!;
            await new ProgressReporter(output).RunAsync("reports", found.Files.Count, async tick =>
                summary = await loader.LoadAsync(found.Files, tick, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            await session.CompleteAsync(output, cancellationToken).ConfigureAwait(false);
            summary.Render(Terminal.For(output), settings.Describe());
            return summary.Failed > 0 || found.Unmatched.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
