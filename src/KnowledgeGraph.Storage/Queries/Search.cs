namespace KnowledgeGraph.Storage.Queries;

/// <summary>The kinds of text the full-text index covers.</summary>
public enum SearchKind
{
    Region,
    Agency,
    Document,
    Problem,
    Sentence,
}

/// <summary>A full-text hit: the node, the whole text that matched, the text with the match marked by 【】, and a score (higher is better).</summary>
public sealed record SearchHit(SearchKind Kind, string NodeId, string Text, string Snippet, double Score);
