using System.CommandLine;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>export: the whole graph as JSON lines (stable order, byte-identical for the same graph) to stdout or --out FILE.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the export to this file instead of standard output." };
        var store = StoreOptions.Create();
        var command = new Command("export", "Export the whole graph as JSON lines, one node or edge a line in a stable order.") { outFile };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!store.IsGiven(parse))
            {
                await error.WriteLineAsync("export: no store — pass --sqlite FILE (or --neo4j URL), or set Graph:Store and ConnectionStrings:Sqlite.").ConfigureAwait(false);
                return 2;
            }
            await using var graph = await StoreConnector.OpenAsync(store.Resolve(parse), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(outFile) is { } file)
            {
                var temporary = file.FullName + ".partial";
                await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                {
                    await graph.ExportAsync(stream, cancellationToken).ConfigureAwait(false);
                }
                // Only a finished export takes the name: a crash never leaves a truncated file that looks complete.
                File.Move(temporary, file.FullName, overwrite: true);
                return 0;
            }
            var output = parse.InvocationConfiguration.Output;
            if (ReferenceEquals(output, Console.Out))
            {
                await using var stdout = Console.OpenStandardOutput();
                await graph.ExportAsync(stdout, cancellationToken).ConfigureAwait(false);
                return 0;
            }
            await using var adapter = new TextWriterStream(output);
            await graph.ExportAsync(adapter, cancellationToken).ConfigureAwait(false);
            await adapter.FlushAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
