using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Ids of edges that carry evidence, derived from their ends the same way in every backend, so the API can ask
/// <see cref="IGraphReader.GetEvidenceAsync"/> for the sentence that states a link.
/// </summary>
public static class FactIds
{
    public static string BasedOn(string documentId, string basisId) => StableId.For("BasedOn", documentId, basisId);

    public static string AuthorizedBy(string delegationId, string documentId) => StableId.For("AuthorizedBy", delegationId, documentId);
}
