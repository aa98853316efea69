using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

public static class AgencyResolvers
{
    public static void Register(SchemaBuilder b)
    {
        b.ResolveTask("Agency", "region", ctx => ctx.NodeAsync<RegionNode>(ctx.ParentAs<AgencyNode>().RegionId));
        b.ResolveTask("Agency", "documentsIssued", ctx =>
            ctx.NeighborsAsync<DocumentNode>(ctx.ParentAs<AgencyNode>().Id, Relation.IssuedBy, Direction.Incoming, NodeLabels.Document));
        b.ResolveTask("Agency", "delegationsMade", ctx =>
            ctx.NeighborsAsync<DelegationNode>(ctx.ParentAs<AgencyNode>().Id, Relation.DelegatedFrom, Direction.Incoming, NodeLabels.Delegation));
        b.ResolveTask("Agency", "delegationsReceived", ctx =>
            ctx.NeighborsAsync<DelegationNode>(ctx.ParentAs<AgencyNode>().Id, Relation.DelegatedTo, Direction.Incoming, NodeLabels.Delegation));
        b.ResolveTask("Agency", "responsibilities", ctx => ctx.ResponsibilitiesOfAsync(ctx.ParentAs<AgencyNode>().Id));
        b.ResolveTask("Agency", "evidence", ctx => ctx.EvidenceAsync(ctx.ParentAs<AgencyNode>().Id));
    }
}
