namespace KnowledgeGraph.GraphQL.Language.Ast;

/// <summary>Base of every AST node: its <see cref="Kind"/> and the source span it came from.</summary>
/// <remarks>
/// List properties of nodes read as empty when never set (<c>get => field ?? []</c>) rather than being initialised to
/// an empty list: the parser sets them all, and an initialiser would cost it a store (and GC write barrier) per list
/// per node only to overwrite it.
/// </remarks>
public abstract class AstNode
{
    public abstract Kind Kind { get; }

    private SourceSpan _span;

    /// <summary>Null when the node was built in code rather than parsed (or parsed without locations).</summary>
    public Location? Location
    {
        get => _span.Source is { } source ? new Location(_span.Start, _span.End, source) : null;
        init => _span = value is null ? default : new SourceSpan(value.Start, value.End, value.Source);
    }

    /// <summary>The parser's way to set <see cref="Location"/> without allocating one.</summary>
    internal SourceSpan Span
    {
        get => _span;
        init => _span = value;
    }

    /// <summary>Visits the direct children in source order (used by <see cref="AstWalker"/>).</summary>
    internal abstract void WalkChildren(AstWalker walker);

    /// <summary>The canonical text of this node (graphql-js <c>print</c>).</summary>
    public override string ToString() => Printer.Print(this);
}
