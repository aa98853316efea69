using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The API's DataLoaders: every field that fans out over a list of parents goes through one of these, so a list of
/// N parents costs one storage call per level of the query, not N.
/// </summary>
public static class Loaders
{
    private static IGraphStore Store(ResolveContext ctx) => ctx.Request.GetRequiredService<IGraphStore>();

    private static KnowledgeGraph.GraphQL.DataLoader.DataLoader<string, GraphNode> NodeLoader(ResolveContext ctx)
    {
        var store = Store(ctx);
        return ctx.DataLoader<string, GraphNode>("nodes", (ids, ct) => store.GetNodesAsync(ids, ct));
    }

    public static async Task<GraphNode?> NodeAsync(this ResolveContext ctx, string? id) =>
        string.IsNullOrEmpty(id) ? null : await NodeLoader(ctx).LoadAsync(id).ConfigureAwait(false);

    public static async Task<T?> NodeAsync<T>(this ResolveContext ctx, string? id) where T : GraphNode =>
        await NodeAsync(ctx, id).ConfigureAwait(false) as T;

    /// <summary>Nodes for <paramref name="ids"/> in one batch, in the same order, null where an id is unknown.</summary>
    public static async Task<IReadOnlyList<GraphNode?>> NodesInOrderAsync(this ResolveContext ctx, IReadOnlyList<string> ids) =>
        ids.Count == 0 ? [] : await NodeLoader(ctx).LoadManyAsync(ids).ConfigureAwait(false);

    /// <summary>The nodes found for <paramref name="ids"/> in one batch; unknown ids are skipped.</summary>
    public static async Task<IReadOnlyList<GraphNode>> NodesAsync(this ResolveContext ctx, IEnumerable<string> ids) =>
        (await NodesInOrderAsync(ctx, ids.ToList()).ConfigureAwait(false)).Where(n => n is not null).Select(n => n!).ToList();

    /// <summary>The ids joined to <paramref name="id"/> by a relation, batched across parents.</summary>
    public static async Task<IReadOnlyList<string>> NeighborIdsAsync(this ResolveContext ctx, string id, Relation relation, Direction direction)
    {
        var store = Store(ctx);
        var ids = await ctx.DataLoader<string, IReadOnlyList<string>>($"neighbors:{relation}:{direction}",
            (keys, ct) => store.GetNeighborsAsync(keys, relation, direction, ct)).LoadAsync(id).ConfigureAwait(false);
        return ids ?? [];
    }

    /// <summary>The neighbour nodes of one label (ids carry their label as prefix, so others are skipped unread).</summary>
    public static async Task<IReadOnlyList<T>> NeighborsAsync<T>(this ResolveContext ctx, string id, Relation relation, Direction direction, string label)
        where T : GraphNode
    {
        var ids = await NeighborIdsAsync(ctx, id, relation, direction).ConfigureAwait(false);
        var prefix = label + ":";
        var nodes = await NodesAsync(ctx, ids.Where(i => i.StartsWith(prefix, StringComparison.Ordinal))).ConfigureAwait(false);
        return nodes.OfType<T>().ToList();
    }

    /// <summary>
    /// The neighbour nodes of one label, read by a query kept to that label (batched across parents): for relations
    /// whose far end holds many labels, such as a region's incoming ABOUT, where the label wanted is the rarest.
    /// </summary>
    public static async Task<IReadOnlyList<T>> NeighborsOfLabelAsync<T>(this ResolveContext ctx, string id, Relation relation, Direction direction, string label)
        where T : GraphNode
    {
        var store = Store(ctx);
        var ids = await ctx.DataLoader<string, IReadOnlyList<string>>($"neighbors:{relation}:{direction}:{label}",
            (keys, ct) => store.GetNeighborsOfLabelAsync(keys, relation, direction, label, ct)).LoadAsync(id).ConfigureAwait(false);
        return (await NodesAsync(ctx, ids ?? []).ConfigureAwait(false)).OfType<T>().ToList();
    }

    public static async Task<IReadOnlyList<EvidenceRecord>> EvidenceAsync(this ResolveContext ctx, string factId)
    {
        var store = Store(ctx);
        var evidence = await ctx.DataLoader<string, IReadOnlyList<EvidenceRecord>>("evidence",
            (keys, ct) => store.GetEvidenceAsync(keys, ct)).LoadAsync(factId).ConfigureAwait(false);
        return evidence ?? [];
    }

    public static async Task<IReadOnlyList<DelegationRecipient>> RecipientsAsync(this ResolveContext ctx, string delegationId)
    {
        var store = Store(ctx);
        var recipients = await ctx.DataLoader<string, IReadOnlyList<DelegationRecipient>>("recipients",
            (keys, ct) => store.GetRecipientsAsync(keys, ct)).LoadAsync(delegationId).ConfigureAwait(false);
        return recipients ?? [];
    }

    public static async Task<AuthorityChain?> AuthorityChainAsync(this ResolveContext ctx, string delegationId)
    {
        var store = Store(ctx);
        return await ctx.DataLoader<string, AuthorityChain>("authority-chains",
            (keys, ct) => store.GetAuthorityChainsAsync(keys, cancellationToken: ct)).LoadAsync(delegationId).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<ResponsibilityNode>> ResponsibilitiesOfAsync(this ResolveContext ctx, string agencyId)
    {
        var store = Store(ctx);
        var list = await ctx.DataLoader<string, IReadOnlyList<ResponsibilityNode>>("responsibilities-of",
            (keys, ct) => store.GetResponsibilitiesOfAsync(keys, ct)).LoadAsync(agencyId).ConfigureAwait(false);
        return list ?? [];
    }

    /// <summary>Most items a region's list field returns (the first of the list's order).</summary>
    public const int RegionListLimit = 500;

    /// <summary>Delegations reaching a region (named, or through its county's collective 各乡镇), batched across regions.</summary>
    public static async Task<IReadOnlyList<DelegationReach>> DelegationsReachingAsync(this ResolveContext ctx, string regionId)
    {
        var store = Store(ctx);
        var reached = await ctx.DataLoader<string, IReadOnlyList<DelegationReach>>("region-delegations-reaching",
            (keys, ct) => store.GetDelegationsReachingAsync(keys, cancellationToken: ct)).LoadAsync(regionId).ConfigureAwait(false);
        return reached ?? [];
    }

    /// <summary>Delegations recorded for a region (and its sub-regions), by date, batched across regions.</summary>
    public static async Task<IReadOnlyList<DelegationNode>> DelegationsMadeInAsync(this ResolveContext ctx, string regionId)
    {
        var store = Store(ctx);
        var list = await ctx.DataLoader<string, IReadOnlyList<DelegationNode>>("region-delegations-made",
            (keys, ct) => store.ListDelegationsByRegionAsync(keys, new DelegationFilter(),
                [new SortOrder<DelegationSortField>(DelegationSortField.Date)], RegionListLimit, ct)).LoadAsync(regionId).ConfigureAwait(false);
        return list ?? [];
    }

    /// <summary>A region's problems (and its sub-regions'), by year, batched across regions; one loader per year asked.</summary>
    public static async Task<IReadOnlyList<ProblemNode>> ProblemsInAsync(this ResolveContext ctx, string regionId, int? year)
    {
        var store = Store(ctx);
        var filter = new ProblemFilter { Year = year is null ? null : new IntMatch { Eq = year } };
        var list = await ctx.DataLoader<string, IReadOnlyList<ProblemNode>>(LoaderName("region-problems", year),
            (keys, ct) => store.ListProblemsByRegionAsync(keys, filter,
                [new SortOrder<ProblemSortField>(ProblemSortField.Year)], RegionListLimit, ct)).LoadAsync(regionId).ConfigureAwait(false);
        return list ?? [];
    }

    /// <summary>A region's figures (and its sub-regions'), by year then name, batched across regions; one loader per arguments.</summary>
    public static async Task<IReadOnlyList<MetricNode>> MetricsInAsync(this ResolveContext ctx, string regionId, int? year, string? name)
    {
        var store = Store(ctx);
        var filter = new MetricFilter
        {
            Year = year is null ? null : new IntMatch { Eq = year },
            Name = name is null ? null : StringMatch.Containing(name),
        };
        var list = await ctx.DataLoader<string, IReadOnlyList<MetricNode>>(LoaderName("region-metrics", year, name),
            (keys, ct) => store.ListMetricsByRegionAsync(keys, filter,
                [new SortOrder<MetricSortField>(MetricSortField.Year), new SortOrder<MetricSortField>(MetricSortField.Name)],
                RegionListLimit, ct)).LoadAsync(regionId).ConfigureAwait(false);
        return list ?? [];
    }

    /// <summary>
    /// A loader's name with the field's arguments in it, so parents asked with different arguments batch apart:
    /// each argument as JSON (null and "" stay distinct, and no value can run into the next).
    /// </summary>
    private static string LoaderName(string field, params object?[] arguments) =>
        field + System.Text.Json.JsonSerializer.Serialize(arguments);

    public static async Task<string?> ReportTextAsync(this ResolveContext ctx, string reportId) =>
        await Store(ctx).GetReportTextAsync(reportId, ctx.CancellationToken).ConfigureAwait(false);
}
