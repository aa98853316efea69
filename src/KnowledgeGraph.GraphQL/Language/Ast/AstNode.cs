namespace KnowledgeGraph.GraphQL.Language.Ast;

/// <summary>Base of every AST node: its <see cref="Kind"/> and the source span it came from.</summary>
public abstract class AstNode
{
    public abstract Kind Kind { get; }

    /// <summary>Null when the node was built in code rather than parsed.</summary>
    public Location? Location { get; init; }

    /// <summary>Visits the direct children in source order (used by <see cref="AstWalker"/>).</summary>
    internal abstract void WalkChildren(AstWalker walker);

    /// <summary>The canonical text of this node (graphql-js <c>print</c>).</summary>
    public override string ToString() => Printer.Print(this);
}
