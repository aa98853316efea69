using System.CommandLine;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>import FILE: loads an export (JSON lines) into an empty store, in one transaction; "-" reads standard input.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("FILE") { Description = "An export made by `graph-seed export`, or - for standard input." };
        var store = StoreOptions.Create();
        var command = new Command("import", "Import a JSON-lines export into an empty store.") { source };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            if (!store.IsGiven(parse))
            {
                await error.WriteLineAsync("import: no store — pass --sqlite FILE (or --neo4j URL), or set Graph:Store and ConnectionStrings:Sqlite.").ConfigureAwait(false);
                return 2;
            }
            var path = parse.GetValue(source)!;
            if (path != "-" && !File.Exists(path))
            {
                await error.WriteLineAsync($"import: {path} does not exist.").ConfigureAwait(false);
                return 2;
            }
            var settings = store.Resolve(parse);
            await using var graph = await StoreConnector.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
            try
            {
                await using var stream = path == "-" ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                await graph.ImportAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidOperationException or System.Text.Json.JsonException or FormatException or InvalidDataException)
            {
                await error.WriteLineAsync($"import: {e.Message}").ConfigureAwait(false);
                return 1;
            }
            var counts = await graph.GetCountsAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"import: {counts.Nodes.Values.Sum()} nodes and {counts.Edges.Values.Sum()} edges now in {settings.Describe()}").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
