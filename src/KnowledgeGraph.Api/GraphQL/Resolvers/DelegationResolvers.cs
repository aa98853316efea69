using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>Delegation and the authority chain under it.</summary>
public static class DelegationResolvers
{
    public static void Register(SchemaBuilder b)
    {
        b.Resolve("Delegation", "modeLabel", ctx => ctx.ParentAs<DelegationNode>().Mode.Label());
        b.ResolveTask("Delegation", "from", ctx => ctx.NodeAsync<AgencyNode>(ctx.ParentAs<DelegationNode>().FromId));
        b.ResolveTask("Delegation", "to", async ctx =>
        {
            var recipients = await ctx.RecipientsAsync(ctx.ParentAs<DelegationNode>().Id).ConfigureAwait(false);
            return await ctx.NodesAsync(recipients.Select(r => r.TargetId).Distinct()).ConfigureAwait(false);
        });
        b.ResolveTask("Delegation", "toNames", async ctx =>
            (await ctx.RecipientsAsync(ctx.ParentAs<DelegationNode>().Id).ConfigureAwait(false)).Select(r => r.Name).ToList());
        b.ResolveTask("Delegation", "powers", ctx =>
            ctx.NeighborsAsync<PowerNode>(ctx.ParentAs<DelegationNode>().Id, Relation.Covers, Direction.Outgoing, NodeLabels.Power));
        b.ResolveTask("Delegation", "region", ctx => ctx.NodeAsync<RegionNode>(ctx.ParentAs<DelegationNode>().RegionId));
        b.ResolveTask("Delegation", "authorizedBy", ctx => ctx.NodeAsync<DocumentNode>(ctx.ParentAs<DelegationNode>().AuthorizedById));
        b.ResolveTask("Delegation", "authorityChain", ctx => ChainAsync(ctx, ctx.ParentAs<DelegationNode>().Id));
        b.ResolveTask("Delegation", "report", ctx => ctx.NodeAsync<ReportNode>(ctx.ParentAs<DelegationNode>().ReportId));
        b.Resolve("Delegation", "status", ctx => ctx.ParentAs<DelegationNode>().Curation);
        b.ResolveTask("Delegation", "evidence", ctx => ctx.EvidenceAsync(ctx.ParentAs<DelegationNode>().Id));

        b.ResolveTask("AuthorityLink", "evidence", ctx => ctx.EvidenceAsync(ctx.ParentAs<AuthorityLinkView>().LinkId));
    }

    /// <summary>The authorizing document and its BASED_ON ancestors, nearest first.</summary>
    internal static async Task<IReadOnlyList<AuthorityLinkView>> ChainAsync(ResolveContext ctx, string delegationId)
    {
        var chain = await ctx.AuthorityChainAsync(delegationId).ConfigureAwait(false);
        if (chain is null) return [];
        return chain.Steps.OrderBy(s => s.Depth).ThenBy(s => s.Document.Id, StringComparer.Ordinal)
            .Select(s => new AuthorityLinkView(s.Depth, s.Document, s.LinkId)).ToList();
    }
}
