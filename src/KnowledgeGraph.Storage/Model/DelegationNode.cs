using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Model;

/// <summary>
/// One act of handing powers down, as one report states it. Recipients (DELEGATED_TO) and powers (COVERS) are
/// edges: read them in batches with <see cref="IGraphReader.GetNeighborsAsync"/>.
/// </summary>
public sealed record DelegationNode(
    string Id,
    string ReportId,
    string RegionId,
    DelegationMode Mode,
    string? FromId,
    string? FromName,
    string? Matters,
    int? ItemCount,
    int? RecipientCount,
    DateOnly? Date,
    string? AuthorizedById,
    FactStatus Curation) : GraphNode(Id)
{
    public override string Label => NodeLabels.Delegation;
}
