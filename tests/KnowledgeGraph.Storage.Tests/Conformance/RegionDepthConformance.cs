using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>
/// Every walk of the region hierarchy follows PART_OF <see cref="RegionHierarchy.MaxDepth"/> steps in every backend.
/// No real hierarchy is that deep, so 岳阳县's report is exported, four levels are put between 岳阳市 and 湖南省
/// (湖南省 ← 第一层 ← 第二层 ← 第三层 ← 第四层 ← 岳阳市 ← 岳阳县 ← 公田镇), its 39 devolved matters are made to name
/// 湖南省's townships collectively, and the result is imported: 岳阳县 is then 6 steps below the province, 公田镇 7.
/// </summary>
public abstract class RegionDepthConformance : StoreConformance
{
    private static readonly string[] Between = ["第一层", "第二层", "第三层", "第四层"];
    private static readonly CurationActor Curator = new("curator@example", "one place, two spellings?");

    private readonly string _hunan = RegionId("湖南省");
    private readonly string _yueyang = RegionId("岳阳县");
    private readonly string _gongtian = TownshipId("岳阳县", "公田镇");
    private IGraphStore _deep = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Store.IngestAsync(HandBuiltReports.Yueyang());
        using var exported = new MemoryStream();
        await Store.ExportAsync(exported);
        var deeper = Deepen(Encoding.UTF8.GetString(exported.ToArray()));

        // everything is taken from the first store before the second opens (one database on Neo4j Community)
        _deep = await OpenAnotherAsync();
        using var source = new MemoryStream(Encoding.UTF8.GetBytes(deeper));
        await _deep.ImportAsync(source);
    }

    /// <summary>The export with the four levels inserted and the delegation to 岳阳县's townships sent to 湖南省's.</summary>
    private string Deepen(string export)
    {
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var prefecture = lines.Single(l => (string?)l["type"] == "Region" && (string?)l["id"] == RegionId("岳阳市"));
        Assert.Equal(_hunan, (string?)prefecture["parentId"]);

        var parent = _hunan;
        var inserted = new List<JsonObject>();
        foreach (var name in Between)
        {
            var level = prefecture.DeepClone().AsObject();
            level["id"] = ReportGraphBuilder.RegionIdFor(name);
            level["name"] = name;
            level["level"] = 0; // RegionLevel.Unknown
            level["parentId"] = parent;
            inserted.Add(level);
            parent = (string)level["id"]!;
        }
        prefecture["parentId"] = parent;
        lines.InsertRange(lines.IndexOf(prefecture), inserted);

        var recipient = lines.Single(l => (string?)l["type"] == "DelegatedTo" && (string?)l["targetId"] == _yueyang);
        Assert.Equal(1, (int?)recipient["collective"]);
        recipient["targetId"] = _hunan;
        return string.Join("\n", lines.Select(l => l.ToJsonString())) + "\n";
    }

    private static List<string> Ids(IEnumerable<GraphNode> nodes) => nodes.Select(n => n.Id).ToList();

    [Fact]
    public async Task The_county_is_six_steps_below_its_province_and_the_township_seven()
    {
        var yueyang = Assert.IsType<RegionNode>((await _deep.GetNodesAsync([_yueyang]))[_yueyang]);
        var steps = 0;
        for (var at = yueyang; at.ParentId is not null; at = (RegionNode)(await _deep.GetNodesAsync([at.ParentId]))[at.ParentId]) steps++;

        Assert.Equal(6, steps);
    }

    [Fact]
    public async Task Lists_filtered_by_the_province_hold_what_the_county_records()
    {
        var delegations = Ids((await _deep.ListDelegationsAsync(new DelegationFilter { RegionId = _yueyang }, [], PageRequest.FirstPage(50))).Nodes);
        var problems = Ids((await _deep.ListProblemsAsync(new ProblemFilter { RegionId = _yueyang }, [], PageRequest.FirstPage(50))).Nodes);
        var documents = Ids((await _deep.ListDocumentsAsync(new DocumentFilter { RegionId = _yueyang }, [], PageRequest.FirstPage(50))).Nodes);
        Assert.NotEmpty(delegations);
        Assert.Equal(2, problems.Count);
        Assert.Equal(3, documents.Count);

        Assert.Equal(delegations, Ids((await _deep.ListDelegationsAsync(new DelegationFilter { RegionId = _hunan }, [], PageRequest.FirstPage(50))).Nodes));
        Assert.Equal(problems, Ids((await _deep.ListProblemsAsync(new ProblemFilter { RegionId = _hunan }, [], PageRequest.FirstPage(50))).Nodes));
        Assert.Equal(documents, Ids((await _deep.ListDocumentsAsync(new DocumentFilter { RegionId = _hunan }, [], PageRequest.FirstPage(50))).Nodes));
    }

    [Fact]
    public async Task Region_batches_histories_and_networks_of_the_province_reach_the_county()
    {
        var problems = Ids((await _deep.ListProblemsAsync(new ProblemFilter { RegionId = _yueyang }, [new(ProblemSortField.Year)], PageRequest.FirstPage(50))).Nodes);
        var delegations = Ids((await _deep.ListDelegationsAsync(new DelegationFilter { RegionId = _yueyang }, [], PageRequest.FirstPage(50))).Nodes);

        var batched = await _deep.ListProblemsByRegionAsync([_hunan, _yueyang], new ProblemFilter(), [new(ProblemSortField.Year)], 500);
        var history = await _deep.GetProblemHistoryAsync(_hunan);
        var network = await _deep.GetDelegationNetworkAsync(_hunan);

        Assert.Equal(problems, Ids(batched[_hunan]));
        Assert.Equal(problems.Order(StringComparer.Ordinal), Ids(history.Problems).Order(StringComparer.Ordinal));
        Assert.Equal(delegations, Ids(network.Delegations));
    }

    [Fact]
    public async Task A_delegation_to_the_provinces_townships_reaches_a_township_seven_steps_down()
    {
        var reaching = await _deep.GetDelegationsReachingAsync(_gongtian);

        var first = Assert.Single(reaching);
        Assert.Equal((39, _hunan, false), (first.Delegation.ItemCount, first.ViaRegionId, first.Direct));
    }

    [Fact]
    public async Task The_province_and_a_township_seven_steps_below_it_are_never_merged()
    {
        var down = await Assert.ThrowsAsync<CurationException>(() => _deep.MergeEntitiesAsync(_hunan, _gongtian, Curator));
        var up = await Assert.ThrowsAsync<CurationException>(() => _deep.MergeEntitiesAsync(_gongtian, _hunan, Curator));

        Assert.Equal(EntityMerge.NestedRegions(_hunan, _gongtian).Message, down.Message);
        Assert.Equal(EntityMerge.NestedRegions(_gongtian, _hunan).Message, up.Message);
    }
}
