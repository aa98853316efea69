using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>The read side of `Query`: node lookups, connections, single lookups, search and dashboard summaries.</summary>
public static class QueryResolvers
{
    public static void Register(SchemaBuilder b)
    {
        b.ResolveTask("Query", "node", ctx => ctx.NodeAsync(ctx.Argument<string>("id")));
        b.ResolveTask("Query", "nodes", ctx => ctx.NodesInOrderAsync(ctx.Argument<List<string>>("ids")));

        Connection<RegionFilter, RegionSortField, RegionNode>(b, "regions", (s, f, o, p, ct) => s.ListRegionsAsync(f, o, p, ct));
        Connection<AgencyFilter, AgencySortField, AgencyNode>(b, "agencies", (s, f, o, p, ct) => s.ListAgenciesAsync(f, o, p, ct));
        Connection<DocumentFilter, DocumentSortField, DocumentNode>(b, "documents", (s, f, o, p, ct) => s.ListDocumentsAsync(f, o, p, ct));
        Connection<DelegationFilter, DelegationSortField, DelegationNode>(b, "delegations", (s, f, o, p, ct) => s.ListDelegationsAsync(f, o, p, ct));
        Connection<ProblemFilter, ProblemSortField, ProblemNode>(b, "problems", (s, f, o, p, ct) => s.ListProblemsAsync(f, o, p, ct));
        Connection<ResponsibilityFilter, ResponsibilitySortField, ResponsibilityNode>(b, "responsibilities", (s, f, o, p, ct) => s.ListResponsibilitiesAsync(f, o, p, ct));
        Connection<MetricFilter, MetricSortField, MetricNode>(b, "metrics", (s, f, o, p, ct) => s.ListMetricsAsync(f, o, p, ct));
        Connection<ReportFilter, ReportSortField, ReportNode>(b, "reports", (s, f, o, p, ct) => s.ListReportsAsync(f, o, p, ct));

        b.ResolveTask("Query", "region", ctx => FindRegionAsync(ctx, ctx.Argument<string>("name"), ctx.ArgumentOrDefault<string?>("parent", null)));
        b.ResolveTask("Query", "document", FindDocumentAsync);

        b.ResolveTask("Query", "search", async ctx =>
        {
            var text = ctx.Argument<string>("text").Trim();
            if (text.Length == 0) throw ApiErrors.Create("Search text must not be empty.", ApiErrors.BadUserInput);
            var first = ctx.ArgumentOrDefault("first", 20);
            if (first is < 1 or > 500) throw ApiErrors.Create("\"first\" must be between 1 and 500.", ApiErrors.BadUserInput);
            var kinds = ctx.ArgumentOrDefault<List<SearchKind>?>("types", null);
            var hits = await Store(ctx).SearchAsync(text, kinds, first, ctx.CancellationToken).ConfigureAwait(false);
            var nodes = await ctx.NodesInOrderAsync(hits.Select(h => h.NodeId).ToList()).ConfigureAwait(false);
            var result = new List<SearchHitView>(hits.Count);
            for (var i = 0; i < hits.Count; i++)
            {
                if (nodes[i] is { } node) result.Add(new SearchHitView(hits[i].Kind, node, hits[i].Snippet, hits[i].Score));
            }
            return result;
        });

        b.ResolveTask("Query", "metricSummary", async ctx =>
        {
            var groups = await Store(ctx).AggregateMetricsAsync(ListArguments.Where<MetricFilter>(ctx),
                Dimensions(ctx.Argument<List<MetricGroupBy>>("groupBy").Select(g => g switch
                {
                    MetricGroupBy.Region => AggregateDimensions.Region,
                    MetricGroupBy.Year => AggregateDimensions.Year,
                    MetricGroupBy.Name => AggregateDimensions.Name,
                    _ => AggregateDimensions.Unit,
                })), ctx.CancellationToken).ConfigureAwait(false);
            return groups.Select(g => new MetricGroupView(g.RegionId, g.Year, g.Name, g.Unit, g.Count, (double)g.Sum, (double)g.Min, (double)g.Max)).ToList();
        });
        b.ResolveTask("Query", "problemSummary", async ctx =>
        {
            var groups = await Store(ctx).AggregateProblemsAsync(ListArguments.Where<ProblemFilter>(ctx),
                Dimensions(ctx.Argument<List<ProblemGroupBy>>("groupBy").Select(g => g switch
                {
                    ProblemGroupBy.Region => AggregateDimensions.Region,
                    ProblemGroupBy.Year => AggregateDimensions.Year,
                    ProblemGroupBy.Category => AggregateDimensions.Category,
                    _ => AggregateDimensions.Status,
                })), ctx.CancellationToken).ConfigureAwait(false);
            return groups.Select(g => new ProblemGroupView(g.RegionId, g.Year, g.Category, g.Status, g.Count, g.Found, g.Rectified)).ToList();
        });
        b.ResolveTask("MetricGroup", "region", ctx => ctx.NodeAsync(ctx.ParentAs<MetricGroupView>().RegionId));
        b.ResolveTask("ProblemGroup", "region", ctx => ctx.NodeAsync(ctx.ParentAs<ProblemGroupView>().RegionId));

        b.ResolveTask("Query", "graph", async ctx =>
        {
            var store = Store(ctx);
            var counts = await store.GetCountsAsync(ctx.CancellationToken).ConfigureAwait(false);
            var version = await store.GetGraphVersionAsync(ctx.CancellationToken).ConfigureAwait(false);
            int Count(string label) => (int)counts.NodeCount(label);
            return new GraphInfoView((int)Math.Min(version, int.MaxValue), Count(NodeLabels.Report), Count(NodeLabels.Region),
                Count(NodeLabels.Agency), Count(NodeLabels.Document), Count(NodeLabels.Delegation), Count(NodeLabels.Problem),
                Count(NodeLabels.Metric), Count(NodeLabels.Responsibility));
        });
    }

    /// <summary>A Relay connection field: `where:` binds to the port's filter, `order:` to its sort fields.</summary>
    private static void Connection<TFilter, TField, TNode>(SchemaBuilder b, string field,
        Func<IGraphStore, TFilter, IReadOnlyList<SortOrder<TField>>, PageRequest, CancellationToken, Task<Page<TNode>>> list)
        where TFilter : new()
        where TField : struct, Enum =>
        b.ResolveTask("Query", field, ctx => ListArguments.Guard(list(Store(ctx),
            ListArguments.Where<TFilter>(ctx), ListArguments.Order<TField>(ctx), ListArguments.Page(ctx), ctx.CancellationToken)));

    internal static IGraphStore Store(ResolveContext ctx) => ctx.Request.GetRequiredService<IGraphStore>();

    /// <summary>A region by exact name, under a named parent when given; the county-level one first when names repeat.</summary>
    internal static async Task<RegionNode?> FindRegionAsync(ResolveContext ctx, string name, string? parent)
    {
        var filter = new RegionFilter
        {
            Name = StringMatch.Equal(name.Trim()),
            Parent = string.IsNullOrWhiteSpace(parent) ? null : StringMatch.Equal(parent.Trim()),
        };
        var page = await Store(ctx).ListRegionsAsync(filter, [new SortOrder<RegionSortField>(RegionSortField.Level)], PageRequest.FirstPage(2), ctx.CancellationToken).ConfigureAwait(false);
        return page.Edges.Count > 0 ? page.Edges[0].Node : null;
    }

    private static async Task<DocumentNode?> FindDocumentAsync(ResolveContext ctx)
    {
        var number = ctx.ArgumentOrDefault<string?>("number", null);
        var title = ctx.ArgumentOrDefault<string?>("title", null);
        DocumentFilter filter;
        if (!string.IsNullOrWhiteSpace(number))
        {
            if (!DocNumber.TryParse(number, out var parsed))
            {
                throw ApiErrors.Create($"\"{number}\" is not a document number such as 高政办发〔2020〕65号.", ApiErrors.BadUserInput);
            }
            filter = new DocumentFilter { Number = StringMatch.Equal(parsed!.ToString()) };
        }
        else if (!string.IsNullOrWhiteSpace(title))
        {
            filter = new DocumentFilter { Title = StringMatch.Equal(title.Trim().Trim('《', '》')) };
        }
        else
        {
            throw ApiErrors.Create("Give the document's \"number\" or its \"title\".", ApiErrors.BadUserInput);
        }
        var page = await Store(ctx).ListDocumentsAsync(filter, [], PageRequest.FirstPage(1), ctx.CancellationToken).ConfigureAwait(false);
        return page.Edges.Count > 0 ? page.Edges[0].Node : null;
    }

    private static AggregateDimensions Dimensions(IEnumerable<AggregateDimensions> selected) =>
        selected.Aggregate(AggregateDimensions.None, (all, d) => all | d);
}
