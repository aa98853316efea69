using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Model;

/// <summary>
/// A law, regulation, policy or local document (or an annual report). Local documents carry the region they
/// belong to; national ones have none and are one node whoever cites them.
/// </summary>
public sealed record DocumentNode(
    string Id,
    string Title,
    DocNumber? Number,
    string? IssuerName,
    string? IssuerId,
    DocumentKind Kind,
    int? Year,
    DateOnly? Date,
    string? RegionId,
    FactStatus Curation) : GraphNode(Id)
{
    public override string Label => NodeLabels.Document;
}
