using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Evaluation;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>The five real reports and their gold files, found from the repository root.</summary>
internal static class Reports
{
    public static readonly string[] Names = ["gaoyi-county-2020", "yueyang-county-2021", "tangshan-hitech-zone-2023", "fuyun-county-2024", "pinglu-district-2020"];

    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "graph-seed", "reports"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (graph-seed/reports) above " + AppContext.BaseDirectory);
    });

    private static readonly Dictionary<string, ReportFacts> Cache = [];

    /// <summary>This test project's source folder (Gold/, Snapshots/).</summary>
    public static string TestsFolder => Path.Combine(Root.Value, "tests", "KnowledgeGraph.Extraction.Tests");

    public static string PathOf(string name) => Path.Combine(Root.Value, "graph-seed", "reports", name + ".txt");

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static GoldReport Gold(string name) => GoldReport.Load(Path.Combine(Root.Value, "tests", "KnowledgeGraph.Extraction.Tests", "Gold", name + ".gold.json"));

    public static ReportFacts Facts(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var facts))
            {
                facts = ReportExtractor.Default.Extract(File.ReadAllBytes(PathOf(name)), null, name + ".txt");
                Cache[name] = facts;
            }
            return facts;
        }
    }

    public static IEnumerable<object[]> All() => Names.Select(n => new object[] { n });
}
