using System.Globalization;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Loader;

/// <summary>
/// Entry point of the test assembly when run as a process (<c>dotnet KnowledgeGraph.Storage.Tests.dll load DB N</c>):
/// loads the first N reports of <see cref="LoadPlan"/> (in batches of K with <c>load DB N K</c>) (or the five real reports through the extractor), printing "loaded &lt;report id&gt;" after each commit, so a
/// test can kill it (SIGKILL) in the middle of a multi-report load. The test host never calls it.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length is not (3 or 4) || args[0] != "load")
        {
            await Console.Error.WriteLineAsync("usage: load <database path> <report count | five> [batch size]");
            return 2;
        }
        var reports = args[2] == "five" ? Fixtures.ExtractedReports.All() : LoadPlan.Reports(int.Parse(args[2], CultureInfo.InvariantCulture));
        await using var store = await SqliteGraphStore.OpenAsync(args[1]);
        if (args.Length == 4)
        {
            // batch mode: one transaction per batch, "loaded" printed for each report once its batch committed
            foreach (var batch in reports.Chunk(int.Parse(args[3], CultureInfo.InvariantCulture)))
            {
                foreach (var outcome in await store.IngestBatchAsync(batch))
                {
                    await Console.Out.WriteLineAsync("loaded " + outcome.Result!.ReportId);
                }
                await Console.Out.FlushAsync();
            }
            await Console.Out.WriteLineAsync("done");
            return 0;
        }
        foreach (var report in reports)
        {
            var result = await store.IngestAsync(report);
            await Console.Out.WriteLineAsync("loaded " + result.ReportId);
            await Console.Out.FlushAsync();
        }
        await Console.Out.WriteLineAsync("done");
        return 0;
    }
}
