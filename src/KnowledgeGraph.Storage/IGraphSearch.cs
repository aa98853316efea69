using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage;

/// <summary>Full-text over document titles, body and region names, problem texts and report sentences (Chinese substrings).</summary>
public interface IGraphSearch
{
    /// <summary>
    /// Hits whose text contains <paramref name="text"/> (any length from one character; ASCII letters in either case),
    /// shortest text first, then by kind in <see cref="SearchKind"/> order, then in load order; <see cref="SearchHit.Score"/>
    /// is 1 / the text's length. <paramref name="kinds"/> null or empty means all kinds.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text, IReadOnlyCollection<SearchKind>? kinds = null, int limit = 50, CancellationToken cancellationToken = default);
}
