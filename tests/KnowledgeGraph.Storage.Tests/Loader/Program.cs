using System.Globalization;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Loader;

/// <summary>
/// Entry point of the test assembly when run as a process (<c>dotnet KnowledgeGraph.Storage.Tests.dll load DB N</c>):
/// loads the first N reports of <see cref="LoadPlan"/> (or the five real reports through the extractor), printing "loaded &lt;report id&gt;" after each commit, so a
/// test can kill it (SIGKILL) in the middle of a multi-report load. The test host never calls it.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 3 || args[0] != "load")
        {
            await Console.Error.WriteLineAsync("usage: load <database path> <report count | five>");
            return 2;
        }
        var reports = args[2] == "five" ? Fixtures.ExtractedReports.All() : LoadPlan.Reports(int.Parse(args[2], CultureInfo.InvariantCulture));
        await using var store = await SqliteGraphStore.OpenAsync(args[1]);
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
