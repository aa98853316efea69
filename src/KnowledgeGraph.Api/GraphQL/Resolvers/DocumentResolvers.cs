using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>Document and Power: the documents' BASED_ON web and the delegations they authorize.</summary>
public static class DocumentResolvers
{
    public static void Register(SchemaBuilder b)
    {
        b.Resolve("Document", "number", ctx => DocNumberView.Of(ctx.ParentAs<DocumentNode>().Number));
        b.ResolveTask("Document", "issuer", ctx => ctx.NodeAsync<AgencyNode>(ctx.ParentAs<DocumentNode>().IssuerId));
        b.ResolveTask("Document", "basedOn", ctx =>
            ctx.NeighborsAsync<DocumentNode>(ctx.ParentAs<DocumentNode>().Id, Relation.BasedOn, Direction.Outgoing, NodeLabels.Document));
        b.ResolveTask("Document", "basisOf", ctx =>
            ctx.NeighborsAsync<DocumentNode>(ctx.ParentAs<DocumentNode>().Id, Relation.BasedOn, Direction.Incoming, NodeLabels.Document));
        b.ResolveTask("Document", "authorizes", ctx =>
            ctx.NeighborsAsync<DelegationNode>(ctx.ParentAs<DocumentNode>().Id, Relation.AuthorizedBy, Direction.Incoming, NodeLabels.Delegation));
        b.ResolveTask("Document", "citedBy", ctx =>
            ctx.NeighborsAsync<ReportNode>(ctx.ParentAs<DocumentNode>().Id, Relation.Cites, Direction.Incoming, NodeLabels.Report));
        b.Resolve("Document", "status", ctx => ctx.ParentAs<DocumentNode>().Curation);
        b.ResolveTask("Document", "evidence", ctx => ctx.EvidenceAsync(ctx.ParentAs<DocumentNode>().Id));

        b.ResolveTask("Power", "delegations", ctx =>
            ctx.NeighborsAsync<DelegationNode>(ctx.ParentAs<PowerNode>().Id, Relation.Covers, Direction.Incoming, NodeLabels.Delegation));
    }
}
