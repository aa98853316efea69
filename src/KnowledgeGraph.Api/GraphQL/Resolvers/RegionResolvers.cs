using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

public static class RegionResolvers
{
    private const int ListLimit = 500;

    public static void Register(SchemaBuilder b)
    {
        b.ResolveTask("Region", "parent", ctx => ctx.NodeAsync<RegionNode>(ctx.ParentAs<RegionNode>().ParentId));
        b.ResolveTask("Region", "ancestors", async ctx =>
        {
            var ancestors = new List<RegionNode>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var id = ctx.ParentAs<RegionNode>().ParentId; id is not null && seen.Add(id);)
            {
                var region = await ctx.NodeAsync<RegionNode>(id).ConfigureAwait(false);
                if (region is null) break;
                ancestors.Add(region);
                id = region.ParentId;
            }
            return ancestors;
        });
        b.ResolveTask("Region", "children", async ctx =>
        {
            var children = await ctx.NeighborsAsync<RegionNode>(ctx.ParentAs<RegionNode>().Id, Relation.PartOf, Direction.Incoming, NodeLabels.Region).ConfigureAwait(false);
            var level = ctx.ArgumentOrDefault<KnowledgeGraph.Domain.RegionLevel?>("level", null);
            return level is null ? children : children.Where(c => c.Level == level).ToList();
        });
        b.ResolveTask("Region", "agencies", ctx =>
            ctx.NeighborsAsync<AgencyNode>(ctx.ParentAs<RegionNode>().Id, Relation.OfRegion, Direction.Incoming, NodeLabels.Agency));
        b.ResolveTask("Region", "reports", ctx =>
            ctx.NeighborsAsync<ReportNode>(ctx.ParentAs<RegionNode>().Id, Relation.About, Direction.Incoming, NodeLabels.Report));
        b.ResolveTask("Region", "delegationsReceived", async ctx =>
        {
            var reached = await QueryResolvers.Store(ctx).GetDelegationsReachingAsync(ctx.ParentAs<RegionNode>().Id, cancellationToken: ctx.CancellationToken).ConfigureAwait(false);
            return reached.Select(r => r.Delegation).ToList();
        });
        b.ResolveTask("Region", "delegationsMade", async ctx =>
        {
            var page = await QueryResolvers.Store(ctx).ListDelegationsAsync(new DelegationFilter { RegionId = ctx.ParentAs<RegionNode>().Id },
                [new SortOrder<DelegationSortField>(DelegationSortField.Date)], PageRequest.FirstPage(ListLimit), ctx.CancellationToken).ConfigureAwait(false);
            return page.Nodes.ToList();
        });
        b.ResolveTask("Region", "problems", async ctx =>
        {
            var year = ctx.ArgumentOrDefault<int?>("year", null);
            var page = await QueryResolvers.Store(ctx).ListProblemsAsync(
                new ProblemFilter { RegionId = ctx.ParentAs<RegionNode>().Id, Year = year is null ? null : new IntMatch { Eq = year } },
                [new SortOrder<ProblemSortField>(ProblemSortField.Year)], PageRequest.FirstPage(ListLimit), ctx.CancellationToken).ConfigureAwait(false);
            return page.Nodes.ToList();
        });
        b.ResolveTask("Region", "metrics", async ctx =>
        {
            var year = ctx.ArgumentOrDefault<int?>("year", null);
            var name = ctx.ArgumentOrDefault<string?>("name", null);
            var page = await QueryResolvers.Store(ctx).ListMetricsAsync(
                new MetricFilter
                {
                    RegionId = ctx.ParentAs<RegionNode>().Id,
                    Year = year is null ? null : new IntMatch { Eq = year },
                    Name = name is null ? null : StringMatch.Containing(name),
                },
                [new SortOrder<MetricSortField>(MetricSortField.Year), new SortOrder<MetricSortField>(MetricSortField.Name)],
                PageRequest.FirstPage(ListLimit), ctx.CancellationToken).ConfigureAwait(false);
            return page.Nodes.ToList();
        });
        b.ResolveTask("Region", "evidence", ctx => ctx.EvidenceAsync(ctx.ParentAs<RegionNode>().Id));
    }
}
