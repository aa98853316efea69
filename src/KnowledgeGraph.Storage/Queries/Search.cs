namespace KnowledgeGraph.Storage.Queries;

/// <summary>The kinds of text the full-text index covers.</summary>
public enum SearchKind
{
    Document,
    Agency,
    Region,
    Problem,
    Sentence,
}

/// <summary>A full-text hit: the node and the text that matched (title, name, problem text or sentence).</summary>
public sealed record SearchHit(SearchKind Kind, string NodeId, string Text, double Rank);
