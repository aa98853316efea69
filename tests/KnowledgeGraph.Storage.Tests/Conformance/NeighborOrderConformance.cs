using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>
/// Every relation lists its neighbours in the order documented on <see cref="Relation"/>, in every backend: the
/// five reports are loaded, every node is reached, and each list is checked against that rule.
/// </summary>
public abstract class NeighborOrderConformance : StoreConformance
{
    private Dictionary<string, GraphNode> _nodes = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var reports = new List<string>();
        foreach (var report in ExtractedReports.All()) reports.Add((await Store.IngestAsync(report)).ReportId);
        _nodes = await ReachableAsync(reports);
    }

    /// <summary>Every node reachable from the reports over any relation, either way.</summary>
    private async Task<Dictionary<string, GraphNode>> ReachableAsync(IReadOnlyCollection<string> start)
    {
        var seen = new HashSet<string>(start, StringComparer.Ordinal);
        var frontier = start.ToList();
        while (frontier.Count > 0)
        {
            var next = new List<string>();
            foreach (var relation in Enum.GetValues<Relation>())
            {
                foreach (var direction in Enum.GetValues<Direction>())
                {
                    foreach (var ids in (await Store.GetNeighborsAsync(frontier, relation, direction)).Values)
                    {
                        next.AddRange(ids.Where(seen.Add));
                    }
                }
            }
            frontier = next;
        }
        var nodes = await Store.GetNodesAsync(seen);
        return nodes.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    public static TheoryData<Relation, Direction> Relations()
    {
        var data = new TheoryData<Relation, Direction>();
        foreach (var relation in Enum.GetValues<Relation>())
        {
            foreach (var direction in Enum.GetValues<Direction>()) data.Add(relation, direction);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Relations))]
    public async Task Neighbours_come_in_the_documented_order(Relation relation, Direction direction)
    {
        var neighbors = await Store.GetNeighborsAsync(_nodes.Keys, relation, direction);

        var lists = neighbors.Values.Where(v => v.Count > 1).ToList();
        foreach (var list in lists)
        {
            var expected = list.Order(Comparer<string>.Create((a, b) => Compare(Key(relation, direction, a), Key(relation, direction, b)))).ToList();
            Assert.Equal(expected, list);
        }
    }

    [Theory]
    [MemberData(nameof(Relations))]
    public async Task Neighbours_of_one_label_are_the_full_list_kept_to_that_label(Relation relation, Direction direction)
    {
        var all = await Store.GetNeighborsAsync(_nodes.Keys, relation, direction);

        foreach (var label in NodeLabels.All)
        {
            var ofLabel = await Store.GetNeighborsOfLabelAsync(_nodes.Keys, relation, direction, label);

            Assert.Equal(all.Keys.Order(StringComparer.Ordinal), ofLabel.Keys.Order(StringComparer.Ordinal));
            foreach (var (id, list) in all)
            {
                Assert.Equal(list.Where(n => n.StartsWith(label + ":", StringComparison.Ordinal)), ofLabel[id]);
            }
        }
    }

    [Fact]
    public async Task A_regions_reports_are_read_alone_by_year_as_the_five_say()
    {
        var gaoyi = RegionId("高邑县");
        var reports = await Store.GetNeighborsOfLabelAsync([gaoyi, RegionId("岳阳县"), RegionId("河北省")], Relation.About, Direction.Incoming, NodeLabels.Report);

        Assert.Equal([ReportId("高邑县", 2020)], reports[gaoyi]);
        Assert.Equal([ReportId("岳阳县", 2021)], reports[RegionId("岳阳县")]);
        Assert.Empty(reports[RegionId("河北省")]); // a report is about its own jurisdiction, not the province above it
    }

    [Fact]
    public async Task The_five_reports_give_every_ordered_relation_more_than_one_neighbour_somewhere()
    {
        (Relation, Direction)[] ordered =
        [
            (Relation.PartOf, Direction.Incoming), (Relation.OfRegion, Direction.Incoming),
            (Relation.StatedIn, Direction.Incoming), (Relation.About, Direction.Incoming), (Relation.Cites, Direction.Outgoing),
        ];
        foreach (var (relation, direction) in ordered)
        {
            var neighbors = await Store.GetNeighborsAsync(_nodes.Keys, relation, direction);
            Assert.True(neighbors.Values.Any(v => v.Count > 1), $"{relation} {direction} has no list to order");
        }
    }

    [Fact]
    public async Task A_delegation_lists_its_recipients_as_the_report_names_them_and_a_report_lists_facts_not_sentences()
    {
        var delegations = _nodes.Keys.Where(id => id.StartsWith(NodeLabels.Delegation + ":", StringComparison.Ordinal)).ToList();
        var recipients = await Store.GetRecipientsAsync(delegations);
        var to = await Store.GetNeighborsAsync(delegations, Relation.DelegatedTo, Direction.Outgoing);
        foreach (var id in delegations)
        {
            Assert.Equal(recipients[id].Select(r => r.TargetId).Distinct(), to[id]);
        }

        var reports = _nodes.Keys.Where(id => id.StartsWith(NodeLabels.Report + ":", StringComparison.Ordinal)).ToList();
        var stated = await Store.GetNeighborsAsync(reports, Relation.StatedIn, Direction.Incoming);
        Assert.DoesNotContain(stated.Values.SelectMany(v => v), id => id.StartsWith(NodeLabels.Sentence + ":", StringComparison.Ordinal));
    }

    /// <summary>The sort key of a neighbour under a relation's rule, id last; null sorts first (undated ones are put last by "is null" first).</summary>
    private object?[] Key(Relation relation, Direction direction, string id)
    {
        var node = _nodes[id];
        object?[] rule = (relation, direction, node) switch
        {
            (Relation.PartOf, Direction.Incoming, RegionNode r) => [r.Name],
            (Relation.OfRegion, Direction.Incoming, AgencyNode a) => [a.Name],
            (Relation.IssuedBy, Direction.Incoming, DocumentNode d) => [d.Year is null, d.Year, d.Title],
            (Relation.BasedOn, _, DocumentNode d) => [d.Title],
            (Relation.Cites, Direction.Outgoing, DocumentNode d) => [d.Title],
            (Relation.DelegatedFrom or Relation.DelegatedTo or Relation.AuthorizedBy or Relation.Covers, Direction.Incoming, DelegationNode d) => [d.Date is null, d.Date],
            (Relation.Covers, Direction.Outgoing, PowerNode p) => [p.Category, p.Field],
            (Relation.HeldBy, Direction.Incoming, ResponsibilityNode r) => [r.Year],
            (Relation.Cites, Direction.Incoming, ReportNode r) => [r.Year],
            (Relation.StatedIn, Direction.Incoming, _) => [Group(node) - 1],
            (Relation.About, Direction.Incoming, _) => [Group(node), YearOf(node)],
            _ => [],
        };
        return [.. rule, id];
    }

    private static int Group(GraphNode node) => node switch
    {
        ReportNode => 0, DelegationNode => 1, ResponsibilityNode => 2, ProblemNode => 3, _ => 4,
    };

    private int YearOf(GraphNode node) => node switch
    {
        ReportNode r => r.Year,
        DelegationNode d => ((ReportNode)_nodes[d.ReportId]).Year,
        ResponsibilityNode r => r.Year,
        ProblemNode p => p.Year,
        MetricNode m => m.Year,
        _ => 0,
    };

    private static int Compare(object?[] a, object?[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var c = (a[i], b[i]) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                (string x, string y) => string.CompareOrdinal(x, y),
                (IComparable x, var y) => x.CompareTo(y),
                _ => 0,
            };
            if (c != 0) return c;
        }
        return 0;
    }
}
