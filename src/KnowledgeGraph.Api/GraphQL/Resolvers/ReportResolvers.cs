using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

public static class ReportResolvers
{
    public static void Register(SchemaBuilder b)
    {
        b.ResolveTask("Report", "region", ctx => ctx.NodeAsync<RegionNode>(ctx.ParentAs<ReportNode>().RegionId));
        b.ResolveTask("Report", "text", async ctx => await ctx.ReportTextAsync(ctx.ParentAs<ReportNode>().Id).ConfigureAwait(false) ?? "");
        b.ResolveTask("Report", "documents", ctx =>
            ctx.NeighborsAsync<DocumentNode>(ctx.ParentAs<ReportNode>().Id, Relation.Cites, Direction.Outgoing, NodeLabels.Document));
        b.ResolveTask("Report", "delegations", ctx => StatedInAsync<DelegationNode>(ctx, NodeLabels.Delegation));
        b.ResolveTask("Report", "problems", ctx => StatedInAsync<ProblemNode>(ctx, NodeLabels.Problem));
        b.ResolveTask("Report", "metrics", ctx => StatedInAsync<MetricNode>(ctx, NodeLabels.Metric));
        b.ResolveTask("Report", "responsibilities", ctx => StatedInAsync<ResponsibilityNode>(ctx, NodeLabels.Responsibility));
    }

    private static Task<IReadOnlyList<T>> StatedInAsync<T>(KnowledgeGraph.GraphQL.Execution.ResolveContext ctx, string label) where T : GraphNode =>
        ctx.NeighborsAsync<T>(ctx.ParentAs<ReportNode>().Id, Relation.StatedIn, Direction.Incoming, label);
}
