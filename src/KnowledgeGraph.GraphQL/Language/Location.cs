namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The span of source text (character offsets) an AST node was parsed from.</summary>
public sealed class Location
{
    public Location(int start, int end, Source source)
    {
        Start = start;
        End = end;
        Source = source;
    }

    public int Start { get; }

    public int End { get; }

    public Source Source { get; }

    public SourceLocation StartLocation => Source.GetLocation(Start);
}
