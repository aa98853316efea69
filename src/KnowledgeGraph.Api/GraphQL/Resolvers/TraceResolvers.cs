using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>`traceAuthority`: every delegation reaching a region with body, powers, counts, document and its chain.</summary>
public static class TraceResolvers
{
    public static void Register(SchemaBuilder b)
    {
        b.ResolveTask("Query", "traceAuthority", async ctx =>
        {
            var name = ctx.Argument<string>("region");
            var region = await QueryResolvers.FindRegionAsync(ctx, name, ctx.ArgumentOrDefault<string?>("parent", null)).ConfigureAwait(false);
            if (region is null) return new AuthorityTraceView(null, []);
            var matter = ctx.ArgumentOrDefault<string?>("matter", null);
            var reached = await QueryResolvers.Store(ctx).GetDelegationsReachingAsync(region.Id, string.IsNullOrWhiteSpace(matter) ? null : matter.Trim(), ctx.CancellationToken).ConfigureAwait(false);
            var steps = reached
                .OrderBy(r => r.Delegation.Date ?? DateOnly.MaxValue).ThenBy(r => r.Delegation.Id, StringComparer.Ordinal)
                .Select(r => new AuthorityStepView(r.Delegation, r.Direct ? null : r.ViaRegionId)).ToList();
            return new AuthorityTraceView(region, steps);
        });

        b.ResolveTask("AuthorityStep", "via", ctx => ctx.NodeAsync<RegionNode>(ctx.ParentAs<AuthorityStepView>().ViaRegionId));
        b.ResolveTask("AuthorityStep", "delegatedBy", ctx => ctx.NodeAsync<AgencyNode>(ctx.ParentAs<AuthorityStepView>().Delegation.FromId));
        b.Resolve("AuthorityStep", "mode", ctx => ctx.ParentAs<AuthorityStepView>().Delegation.Mode);
        b.ResolveTask("AuthorityStep", "powers", ctx =>
            ctx.NeighborsAsync<PowerNode>(ctx.ParentAs<AuthorityStepView>().Delegation.Id, Relation.Covers, Direction.Outgoing, NodeLabels.Power));
        b.Resolve("AuthorityStep", "itemCount", ctx => ctx.ParentAs<AuthorityStepView>().Delegation.ItemCount);
        b.Resolve("AuthorityStep", "date", ctx => ctx.ParentAs<AuthorityStepView>().Delegation.Date);
        b.ResolveTask("AuthorityStep", "authorizedBy", ctx => ctx.NodeAsync<DocumentNode>(ctx.ParentAs<AuthorityStepView>().Delegation.AuthorizedById));
        b.ResolveTask("AuthorityStep", "chain", ctx => DelegationResolvers.ChainAsync(ctx, ctx.ParentAs<AuthorityStepView>().Delegation.Id));
        b.ResolveTask("AuthorityStep", "evidence", ctx => ctx.EvidenceAsync(ctx.ParentAs<AuthorityStepView>().Delegation.Id));
    }
}
