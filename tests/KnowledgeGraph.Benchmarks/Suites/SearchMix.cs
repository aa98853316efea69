using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// The storage suite's full-text queries, by class: 1, 2, 3 and 4+ characters, each common (words every report
/// uses) and rare (cut from the names of sampled counties and bodies of the loaded graph, so they match a handful
/// of texts), plus queries that match nothing. Every class is timed over all kinds and over each kind alone.
/// </summary>
public sealed record SearchMix(IReadOnlyList<(string Class, IReadOnlyList<string> Terms)> Classes)
{
    private static readonly string[] Common1 = ["镇", "法", "县", "局"];
    private static readonly string[] Common2 = ["乡镇", "执法", "法治", "政府"];
    private static readonly string[] Common3 = ["综合执", "法治政", "依法行", "行政复"];
    private static readonly string[] Common4 = ["行政执法", "法治政府", "依法行政", "综合执法", "权力清单", "执法监督", "行政复议决定"];
    private static readonly string[] Nothing = ["量子计算机", "区块链金融", "执法法"];

    public IEnumerable<string> All => Classes.SelectMany(c => c.Terms);

    /// <summary>Rare terms come from up to <paramref name="wanted"/> county-level regions and agencies of the graph.</summary>
    public static async Task<SearchMix> FromGraphAsync(IGraphStore store, int wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var counties = (await store.ListRegionsAsync(
                new RegionFilter { Level = new EnumMatch<RegionLevel> { In = [RegionLevel.County, RegionLevel.District, RegionLevel.CountyLevelCity] } },
                [], new PageRequest { First = PageRequest.MaxPageSize }, cancellationToken).ConfigureAwait(false))
            .Nodes.Select(r => r.Name).Where(n => n.Length >= 3).Take(wanted).ToList();
        var agencies = (await store.ListAgenciesAsync(new AgencyFilter(), [], new PageRequest { First = PageRequest.MaxPageSize }, cancellationToken).ConfigureAwait(false))
            .Nodes.Select(a => a.Name).Where(n => n.Length >= 5).Take(wanted).ToList();
        if (counties.Count == 0 || agencies.Count == 0) throw new InvalidOperationException("The graph has no counties or agencies to cut rare queries from.");
        return new SearchMix(
        [
            ("1 char, common", Common1),
            ("1 char, rare", counties.Select(n => n[..1]).Distinct().ToList()),
            ("2 chars, common", Common2),
            ("2 chars, rare", counties.Select(n => n[..2]).Distinct().ToList()),
            ("3 chars, common", Common3),
            ("3 chars, rare", counties.Select(n => n[..3]).Distinct().ToList()),
            ("4+ chars, common", Common4),
            ("4+ chars, rare", agencies),
            ("no match", Nothing),
        ]);
    }
}
