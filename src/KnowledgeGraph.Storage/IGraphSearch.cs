using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage;

/// <summary>Full-text over document titles, body and region names, problem texts and report sentences (Chinese substrings).</summary>
public interface IGraphSearch
{
    /// <summary>Hits containing <paramref name="text"/>, best first; <paramref name="kinds"/> null or empty means all kinds.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text, IReadOnlyCollection<SearchKind>? kinds = null, int limit = 50, CancellationToken cancellationToken = default);
}
