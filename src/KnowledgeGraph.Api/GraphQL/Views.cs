using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Api.GraphQL;

// Values of the schema's non-node object types. The engine's default resolver reads their properties by the
// GraphQL field name (camelCase), so only fields that load something need a resolver of their own.

public sealed record SearchHitView(SearchKind Type, GraphNode Node, string Snippet, double Score);

public sealed record MetricGroupView(string? RegionId, int? Year, string? Name, string? Unit, int Count, double Sum, double Min, double Max);

public sealed record ProblemGroupView(string? RegionId, int? Year, string? Category, ProblemStatus? Status, int Count, int Found, int Rectified);

public sealed record GraphInfoView(int Version, int Reports, int Regions, int Agencies, int Documents, int Delegations, int Problems, int Metrics, int Responsibilities);

public sealed record DocNumberView(string Text, string IssuerCode, int Year, string Serial)
{
    public static DocNumberView? Of(DocNumber? number) =>
        number is null ? null : new DocNumberView(number.ToString(), number.IssuerCode, number.Year, number.Serial);
}

/// <summary>One document of an authority chain; <see cref="LinkId"/> is the fact whose evidence ties it to the one below.</summary>
public sealed record AuthorityLinkView(int Depth, DocumentNode Document, string LinkId);

public sealed record AuthorityStepView(DelegationNode Delegation, string? ViaRegionId);

public sealed record AuthorityTraceView(RegionNode? Region, IReadOnlyList<AuthorityStepView> Steps);

public sealed record FactCountsView(int Added, int Updated, int Unchanged, int Removed);

public sealed record IngestReportPayloadView(string ReportId, FactCountsView Counts, bool Duplicate);

public sealed record DeleteReportPayloadView(string DeletedId, int RemovedFacts);

public sealed record CurationPayloadView(string Id, FactStatus Status);

public sealed record MergeEntitiesPayloadView(string KeptId, string MergedId);
