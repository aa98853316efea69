namespace KnowledgeGraph.Benchmarks.GraphQLBench;

public sealed record BenchRegion(string Id, string Name, string Level, int Population);

public sealed record BenchDocument(string Id, string RegionId, string DocNumber, string Title, int Year, string IssuerId);

public sealed record BenchAgency(string Id, string Name);

/// <summary>
/// The in-memory data behind the dashboard schema (tools/graphql-bench/dashboard.graphql). The C# suite builds it and
/// hands the very same records to the node script, so both engines resolve identical shapes.
/// </summary>
public sealed class DashboardData
{
    public const int DocumentsPerRegion = 10;

    public DashboardData(int regions, int agencies)
    {
        Regions = Enumerable.Range(1, regions)
            .Select(i => new BenchRegion($"Region:{i}", $"第{i}区", "COUNTY", 100_000 + (i * 7_919 % 500_000)))
            .ToArray();
        Agencies = Enumerable.Range(1, agencies).Select(i => new BenchAgency($"Agency:{i}", $"第{i}局")).ToArray();
        Documents = Regions
            .SelectMany((region, r) => Enumerable.Range(1, DocumentsPerRegion).Select(j => new BenchDocument(
                $"Document:{r + 1}-{j}", region.Id, $"区政发〔{2019 + j % 5}〕{j}号", $"关于印发{region.Name}第{j}项工作方案的通知",
                2019 + j % 5, Agencies[(r * DocumentsPerRegion + j) % agencies].Id)))
            .ToArray();
        RegionById = Regions.ToDictionary(r => r.Id);
        AgencyById = Agencies.ToDictionary(a => a.Id);
        DocumentsByRegion = Documents.GroupBy(d => d.RegionId).ToDictionary(g => g.Key, g => (IReadOnlyList<BenchDocument>)g.ToArray());
    }

    public IReadOnlyList<BenchRegion> Regions { get; }

    public IReadOnlyList<BenchDocument> Documents { get; }

    public IReadOnlyList<BenchAgency> Agencies { get; }

    public IReadOnlyDictionary<string, BenchRegion> RegionById { get; }

    public IReadOnlyDictionary<string, BenchAgency> AgencyById { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<BenchDocument>> DocumentsByRegion { get; }
}
