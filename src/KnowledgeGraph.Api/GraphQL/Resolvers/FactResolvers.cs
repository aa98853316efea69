using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>The facts of a year — Responsibility, Problem, Metric — and Evidence and Sentence.</summary>
public static class FactResolvers
{
    public static void Register(SchemaBuilder b)
    {
        b.Resolve("Responsibility", "roleLabel", ctx => ctx.ParentAs<ResponsibilityNode>().Role.Label());
        b.ResolveTask("Responsibility", "holder", ctx => ctx.NodeAsync<AgencyNode>(ctx.ParentAs<ResponsibilityNode>().HolderId));
        b.Resolve("Responsibility", "holderName", ctx => ctx.ParentAs<ResponsibilityNode>().Holder);
        b.ResolveTask("Responsibility", "region", ctx => ctx.NodeAsync<RegionNode>(ctx.ParentAs<ResponsibilityNode>().RegionId));
        b.ResolveTask("Responsibility", "report", ctx => ctx.NodeAsync<ReportNode>(ctx.ParentAs<ResponsibilityNode>().ReportId));
        b.Resolve("Responsibility", "status", ctx => ctx.ParentAs<ResponsibilityNode>().Curation);
        b.ResolveTask("Responsibility", "evidence", ctx => ctx.EvidenceAsync(ctx.ParentAs<ResponsibilityNode>().Id));

        b.Resolve("Problem", "stillOpen", ctx =>
        {
            var p = ctx.ParentAs<ProblemNode>();
            return p.Found is { } found && p.Rectified is { } rectified ? Math.Max(0, found - rectified) : (int?)null;
        });
        b.ResolveTask("Problem", "region", ctx => ctx.NodeAsync<RegionNode>(ctx.ParentAs<ProblemNode>().RegionId));
        b.ResolveTask("Problem", "report", ctx => ctx.NodeAsync<ReportNode>(ctx.ParentAs<ProblemNode>().ReportId));
        b.ResolveTask("Problem", "recurring", async ctx =>
        {
            var id = ctx.ParentAs<ProblemNode>().Id;
            var earlier = await ctx.NeighborsAsync<ProblemNode>(id, Relation.RecurrenceOf, Direction.Outgoing, NodeLabels.Problem).ConfigureAwait(false);
            var later = await ctx.NeighborsAsync<ProblemNode>(id, Relation.RecurrenceOf, Direction.Incoming, NodeLabels.Problem).ConfigureAwait(false);
            return earlier.Concat(later).OrderBy(p => p.Year).ToList();
        });
        b.Resolve("Problem", "factStatus", ctx => ctx.ParentAs<ProblemNode>().Curation);
        b.ResolveTask("Problem", "evidence", ctx => ctx.EvidenceAsync(ctx.ParentAs<ProblemNode>().Id));

        b.Resolve("Metric", "value", ctx => (double)ctx.ParentAs<MetricNode>().Value);
        b.ResolveTask("Metric", "region", ctx => ctx.NodeAsync<RegionNode>(ctx.ParentAs<MetricNode>().RegionId));
        b.ResolveTask("Metric", "report", ctx => ctx.NodeAsync<ReportNode>(ctx.ParentAs<MetricNode>().ReportId));
        b.Resolve("Metric", "factStatus", ctx => ctx.ParentAs<MetricNode>().Curation);
        b.ResolveTask("Metric", "evidence", ctx => ctx.EvidenceAsync(ctx.ParentAs<MetricNode>().Id));

        b.ResolveTask("Evidence", "report", ctx => ctx.NodeAsync<ReportNode>(ctx.ParentAs<EvidenceRecord>().ReportId));
        b.ResolveTask("Sentence", "report", ctx => ctx.NodeAsync<ReportNode>(ctx.ParentAs<SentenceNode>().ReportId));
    }
}
