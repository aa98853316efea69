using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage.Ingestion;

/// <summary>
/// The county-level region a report belongs to when the graph places it otherwise than the report's own words: the
/// region's id, and the prefecture the report did not name (null when it named one).
/// </summary>
public sealed record CountyPlacement(string CountyId, string? ParentCity);

/// <summary>
/// Reads the regions of these names and levels that readers see, each with its parent region (null when it has none
/// or the parent is hidden): what placement needs of the graph, so a store can answer it inside its write transaction.
/// </summary>
public delegate Task<IReadOnlyList<(RegionNode Region, RegionNode? Parent)>> RegionsWithParentsReader(
    IReadOnlyList<string> names, IReadOnlyList<RegionLevel> levels, CancellationToken cancellationToken);

/// <summary>
/// Keeps one county one region across its reports. A county-level unit's id is made within its prefecture when the
/// report names one, else within its province, and reports name their prefecture only sometimes (平鲁区's and 岳阳县's
/// reports do not, 高邑县's does). So the same county reporting once with and once without its prefecture would
/// split into two regions, and every comparison across its years with them. Before a report is resolved, the graph
/// and the other reports of the same batch are asked where its county already is:
/// - a report that names no prefecture joins the one region of its name, level and province that sits under a
///   prefecture;
/// - a report that names its prefecture joins the region of its name and level already under that prefecture; when
///   there is none, it takes over the one region of its name, level and province that sits under no prefecture (the
///   region keeps its id and moves under the prefecture), provided no other prefecture of the province has one.
/// Anything ambiguous — two candidates, no province, another level — leaves the report where its words put it: a
/// wrong merge would corrupt both counties, while a split can be merged by a curator (mergeEntities).
/// </summary>
public static class JurisdictionPlacement
{
    private static readonly RegionLevel[] CountyLevels =
        [RegionLevel.County, RegionLevel.District, RegionLevel.CountyLevelCity, RegionLevel.Zone];

    /// <summary>A placement per report (null where the report's own words stand), in the order given.</summary>
    public static Task<IReadOnlyList<CountyPlacement?>> PlaceAsync(
        IReadOnlyList<ReportFacts> reports, IGraphReader graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return PlaceAsync(reports, (names, levels, ct) => RegionsWithParentsAsync(graph, names, levels, ct), cancellationToken);
    }

    /// <summary>
    /// <see cref="PlaceAsync(IReadOnlyList{ReportFacts}, IGraphReader, CancellationToken)"/> reading the graph through
    /// <paramref name="read"/>: a store passes one over its write transaction, so that two loads of the same county
    /// cannot both find it absent and split it.
    /// </summary>
    public static async Task<IReadOnlyList<CountyPlacement?>> PlaceAsync(
        IReadOnlyList<ReportFacts> reports, RegionsWithParentsReader read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(read);
        var subjects = reports.Select(Subject.Of).ToList();
        var names = subjects.Where(s => s is not null).Select(s => s!.Name).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0) return new CountyPlacement?[reports.Count];

        var stored = KnownCounties(await read(names, CountyLevels, cancellationToken).ConfigureAwait(false));
        var placements = new CountyPlacement?[reports.Count];

        // Reports that name their prefecture first: each is placed against the graph and the others of the batch
        // that name theirs (where their counties will be once the batch is written) ...
        var named = Enumerable.Range(0, reports.Count).Where(i => subjects[i]?.CityName is not null).ToList();
        var storedIds = stored.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var candidates = Candidates(stored.Concat(named.Select(i => subjects[i]!.AsCounty(subjects[i]!.OwnId))));
        foreach (var i in named)
        {
            var subject = subjects[i]!;
            // its own region counts when the graph has it, not because this very report would write it
            var others = candidates(subject).Where(c => c.Id != subject.OwnId || storedIds.Contains(c.Id)).ToList();
            placements[i] = Place(subject, others);
        }

        // ... then those that do not, against the graph and where the first ones went.
        candidates = Candidates(stored.Concat(named.Select(i => subjects[i]!.AsCounty(placements[i]?.CountyId ?? subjects[i]!.OwnId))));
        for (var i = 0; i < reports.Count; i++)
        {
            if (subjects[i] is { CityName: null } subject) placements[i] = Place(subject, candidates(subject));
        }
        return placements;
    }

    /// <summary>For a report, the known counties of its name, level and province.</summary>
    private static Func<Subject, IReadOnlyList<County>> Candidates(IEnumerable<County> counties)
    {
        var byName = counties.DistinctBy(c => c.Id, StringComparer.Ordinal).ToLookup(c => c.Name, StringComparer.Ordinal);
        return s => byName[s.Name].Where(c => c.Level == s.Level && c.ProvinceId == s.ProvinceId).ToList();
    }

    private static CountyPlacement? Place(Subject subject, IReadOnlyList<County> sameProvince)
    {
        var underPrefecture = sameProvince.Where(c => c.CityId is not null).ToList();
        if (subject.CityName is null)
        {
            return underPrefecture.Count == 1 ? new CountyPlacement(underPrefecture[0].Id, underPrefecture[0].CityName) : null;
        }

        var here = underPrefecture.Where(c => c.CityId == subject.CityId).ToList();
        if (here.Any(c => c.Id == subject.OwnId)) return null;
        if (here.Count == 1) return new CountyPlacement(here[0].Id, null);
        if (here.Count > 1 || underPrefecture.Any(c => c.CityId != subject.CityId)) return null;
        var unplaced = sameProvince.Where(c => c.CityId is null).ToList();
        return unplaced.Count == 1 ? new CountyPlacement(unplaced[0].Id, null) : null;
    }

    /// <summary>The regions of these names and levels with their parents, through the reader's lists, in two reads.</summary>
    private static async Task<IReadOnlyList<(RegionNode Region, RegionNode? Parent)>> RegionsWithParentsAsync(
        IGraphReader graph, IReadOnlyList<string> names, IReadOnlyList<RegionLevel> levels, CancellationToken ct)
    {
        var regions = new List<RegionNode>();
        var filter = new RegionFilter
        {
            Name = new StringMatch { In = names },
            Level = new EnumMatch<RegionLevel> { In = levels },
        };
        string? after = null;
        do
        {
            var page = await graph.ListRegionsAsync(filter, [new SortOrder<RegionSortField>(RegionSortField.Name)],
                new PageRequest { First = PageRequest.MaxPageSize, After = after, IncludeTotalCount = false }, ct).ConfigureAwait(false);
            regions.AddRange(page.Nodes);
            after = page.PageInfo.HasNextPage ? page.PageInfo.EndCursor : null;
        }
        while (after is not null);

        var parentIds = regions.Where(r => r.ParentId is not null).Select(r => r.ParentId!).Distinct(StringComparer.Ordinal).ToList();
        var parents = parentIds.Count == 0 ? new Dictionary<string, GraphNode>() : await graph.GetNodesAsync(parentIds, ct).ConfigureAwait(false);
        return regions.Select(r => (r, r.ParentId is not null && parents.TryGetValue(r.ParentId, out var p) ? p as RegionNode : null)).ToList();
    }

    /// <summary>The county-level regions with their prefecture (if any) and province.</summary>
    private static List<County> KnownCounties(IReadOnlyList<(RegionNode Region, RegionNode? Parent)> regions)
    {
        var counties = new List<County>();
        foreach (var (r, parent) in regions)
        {
            if (parent?.Level == RegionLevel.City) counties.Add(new County(r.Id, r.Name, r.Level, parent.Id, parent.Name, parent.ParentId));
            else if (parent?.Level == RegionLevel.Province) counties.Add(new County(r.Id, r.Name, r.Level, null, null, parent.Id));
            // no parent, or an unknown one: its province cannot be checked, so it is never a candidate
        }
        return counties;
    }

    private static string RegionIdFor(string name) => ReportGraphBuilder.RegionIdFor(name);

    /// <summary>A county-level region as far as placement cares: where it sits.</summary>
    private sealed record County(string Id, string Name, RegionLevel Level, string? CityId, string? CityName, string? ProvinceId);

    /// <summary>What a report says of its own jurisdiction; null for reports placement leaves alone.</summary>
    private sealed record Subject(string Name, RegionLevel Level, string? CityName, string ProvinceId, string OwnId)
    {
        public string? CityId { get; } = CityName is null ? null : RegionIdFor(CityName);

        /// <summary>Where this report, which names its prefecture, puts its county once written (under id <paramref name="id"/>).</summary>
        public County AsCounty(string id) => new(id, Name, Level, CityId, CityName, ProvinceId);

        public static Subject? Of(ReportFacts facts)
        {
            var meta = facts.Report;
            if (string.IsNullOrWhiteSpace(meta.Province) || string.IsNullOrWhiteSpace(meta.Jurisdiction)) return null;
            var name = StableId.Normalize(meta.Jurisdiction);
            var level = meta.Level != RegionLevel.Unknown ? meta.Level : EntityNames.LevelFromName(name);
            if (!CountyLevels.Contains(level)) return null;
            var city = string.IsNullOrWhiteSpace(meta.ParentCity) ? null : StableId.Normalize(meta.ParentCity);
            return new Subject(name, level, city, RegionIdFor(StableId.Normalize(meta.Province)), ReportGraphBuilder.JurisdictionIdOf(meta));
        }
    }
}
