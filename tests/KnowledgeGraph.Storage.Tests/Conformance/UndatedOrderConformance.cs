using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>
/// Where a list is ordered by date (or a document's year), the items without one come after every dated item,
/// whichever the direction, and ties break by id: one rule in every backend, for every list, batch and traversal.
/// 高邑县 entrusted 宗教 matters on 5月18日 and 交通运输 matters on 8月18日, and devolved 87 penalty matters on a
/// day its report does not give: that undated delegation is last, whether the dates run up or down.
/// </summary>
public abstract class UndatedOrderConformance : StoreConformance
{
    private static readonly DateOnly?[] GaoyiUp = [new DateOnly(2020, 5, 18), new DateOnly(2020, 8, 18), null];
    private static readonly DateOnly?[] GaoyiDown = [new DateOnly(2020, 8, 18), new DateOnly(2020, 5, 18), null];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var report in ExtractedReports.All()) await Store.IngestAsync(report);
    }

    private static SortOrder<T>[] By<T>(T field, bool descending) where T : struct, Enum =>
        [new(field, descending ? SortDirection.Descending : SortDirection.Ascending)];

    /// <summary>Valued items by the value (descending when asked), then those without one; ties by id.</summary>
    private static List<string> Expected<T>(IEnumerable<T> nodes, Func<T, object?> value, bool descending) where T : GraphNode =>
        nodes.Order(Comparer<T>.Create((a, b) =>
        {
            var (x, y) = (value(a), value(b));
            var c = (x, y) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                (string s, string t) => descending ? string.CompareOrdinal(t, s) : string.CompareOrdinal(s, t),
                (IComparable s, var t) => descending ? -s.CompareTo(t) : s.CompareTo(t),
                _ => 0,
            };
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        })).Select(n => n.Id).ToList();

    /// <summary>The whole list read a few rows at a time, forward and then backward from the end: both must give one order.</summary>
    private static async Task<List<T>> PagedBothWaysAsync<T>(Func<PageRequest, Task<Page<T>>> list)
    {
        var forward = new List<T>();
        string? after = null;
        do
        {
            var page = await list(new PageRequest { First = 2, After = after });
            forward.AddRange(page.Nodes);
            after = page.PageInfo.HasNextPage ? page.PageInfo.EndCursor : null;
        }
        while (after is not null);

        var backward = new List<T>();
        string? before = null;
        do
        {
            var page = await list(new PageRequest { Last = 2, Before = before });
            backward.InsertRange(0, page.Nodes);
            before = page.PageInfo.HasPreviousPage ? page.PageInfo.StartCursor : null;
        }
        while (before is not null);

        Assert.Equal(forward, backward);
        return forward;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Delegations_by_date_put_the_undated_last_either_way(bool descending)
    {
        var delegations = await PagedBothWaysAsync(p => Store.ListDelegationsAsync(new DelegationFilter(), By(DelegationSortField.Date, descending), p));

        Assert.Contains(delegations, d => d.Date is null);
        Assert.Contains(delegations, d => d.Date is not null);
        Assert.Equal(Expected(delegations, d => d.Date, descending), delegations.Select(d => d.Id));
        var gaoyi = delegations.Where(d => d.RegionId == RegionId("高邑县")).Select(d => d.Date);
        Assert.Equal(descending ? GaoyiDown : GaoyiUp, gaoyi);
    }

    [Fact]
    public async Task Delegations_without_a_sort_run_by_date_up_with_the_undated_last()
    {
        var delegations = await AllAsync(p => Store.ListDelegationsAsync(new DelegationFilter { RegionId = RegionId("高邑县") }, [], p));

        Assert.Equal(GaoyiUp, delegations.Select(d => d.Date));
    }

    [Theory]
    [InlineData(DocumentSortField.Date, false)]
    [InlineData(DocumentSortField.Date, true)]
    [InlineData(DocumentSortField.Year, false)]
    [InlineData(DocumentSortField.Year, true)]
    [InlineData(DocumentSortField.Number, false)]
    [InlineData(DocumentSortField.Number, true)]
    public async Task Documents_without_a_date_year_or_number_come_after_those_with_one(DocumentSortField field, bool descending)
    {
        Func<DocumentNode, object?> value = field switch
        {
            DocumentSortField.Date => d => d.Date,
            DocumentSortField.Year => d => d.Year,
            _ => d => d.Number?.ToString(),
        };

        var documents = await PagedBothWaysAsync(p => Store.ListDocumentsAsync(new DocumentFilter(), By(field, descending), p));

        Assert.Contains(documents, d => value(d) is null);
        Assert.Contains(documents, d => value(d) is not null);
        Assert.Equal(Expected(documents, value, descending), documents.Select(d => d.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Delegations_by_item_count_put_those_without_a_count_last_either_way(bool descending)
    {
        var delegations = await PagedBothWaysAsync(p => Store.ListDelegationsAsync(new DelegationFilter(), By(DelegationSortField.ItemCount, descending), p));

        Assert.Contains(delegations, d => d.ItemCount is null);
        Assert.Equal(Expected(delegations, d => d.ItemCount, descending), delegations.Select(d => d.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_region_batch_orders_as_the_list_with_the_undated_last(bool descending)
    {
        var gaoyi = RegionId("高邑县");

        var batched = await Store.ListDelegationsByRegionAsync([gaoyi, RegionId("河北省")], new DelegationFilter(), By(DelegationSortField.Date, descending), 500);

        Assert.Equal(descending ? GaoyiDown : GaoyiUp, batched[gaoyi].Select(d => d.Date));
        Assert.Equal(descending ? GaoyiDown : GaoyiUp, batched[RegionId("河北省")].Select(d => d.Date));
    }

    [Fact]
    public async Task Traversals_and_neighbours_run_by_date_with_the_undated_last()
    {
        var gaoyi = RegionId("高邑县");

        var network = await Store.GetDelegationNetworkAsync(gaoyi);
        var reaching = await Store.GetDelegationsReachingAsync(gaoyi); // 各乡镇 and 乡镇人民政府 name the county
        var received = (await Store.GetNeighborsAsync([gaoyi], Relation.DelegatedTo, Direction.Incoming))[gaoyi];
        var nodes = await Store.GetNodesAsync(received);

        Assert.Equal(GaoyiUp, network.Delegations.Select(d => d.Date));
        Assert.Equal(GaoyiUp, reaching.Select(r => r.Delegation.Date));
        Assert.Equal(GaoyiUp, received.Select(id => ((DelegationNode)nodes[id]).Date));
    }
}
