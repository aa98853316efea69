using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

public static class RegionResolvers
{
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
            ctx.NeighborsOfLabelAsync<ReportNode>(ctx.ParentAs<RegionNode>().Id, Relation.About, Direction.Incoming, NodeLabels.Report));
        // one store call per field and level of the query, whatever the number of regions (Loaders)
        b.ResolveTask("Region", "delegationsReceived", async ctx =>
            (await ctx.DelegationsReachingAsync(ctx.ParentAs<RegionNode>().Id).ConfigureAwait(false)).Select(r => r.Delegation).ToList());
        b.ResolveTask("Region", "delegationsMade", ctx => ctx.DelegationsMadeInAsync(ctx.ParentAs<RegionNode>().Id));
        b.ResolveTask("Region", "problems", ctx =>
            ctx.ProblemsInAsync(ctx.ParentAs<RegionNode>().Id, ctx.ArgumentOrDefault<int?>("year", null)));
        b.ResolveTask("Region", "metrics", ctx =>
            ctx.MetricsInAsync(ctx.ParentAs<RegionNode>().Id, ctx.ArgumentOrDefault<int?>("year", null), ctx.ArgumentOrDefault<string?>("name", null)));
        b.ResolveTask("Region", "evidence", ctx => ctx.EvidenceAsync(ctx.ParentAs<RegionNode>().Id));
    }
}
