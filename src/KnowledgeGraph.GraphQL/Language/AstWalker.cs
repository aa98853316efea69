using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Drives an <see cref="AstVisitor"/> over a tree, keeping the ancestor stack and the break state.</summary>
public sealed class AstWalker
{
    private readonly AstVisitor _visitor;
    private readonly AncestorStack _ancestors = new();
    private bool _stopped;

    private AstWalker(AstVisitor visitor, bool visitsNames)
    {
        _visitor = visitor;
        VisitsNames = visitsNames;
    }

    /// <summary>Whether a field's name and alias are visited (a parsed field makes its NameNode when first asked).</summary>
    internal bool VisitsNames { get; }

    public static void Visit(AstNode root, AstVisitor visitor) => Visit(root, visitor, visitsNames: true);

    /// <summary>
    /// Walks without entering fields' <see cref="NameNode"/>s, for visitors that read a field's name from the field
    /// (validation): their nodes need not be made.
    /// </summary>
    internal static void Visit(AstNode root, AstVisitor visitor, bool visitsNames)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        new AstWalker(visitor, visitsNames).Walk(root);
    }

    internal void Walk(AstNode? node)
    {
        if (node is null || _stopped) return;
        var action = _visitor.Enter(node, _ancestors);
        if (action == VisitAction.Break)
        {
            _stopped = true;
            return;
        }
        // As graphql-js: a skipped node is not left either.
        if (action == VisitAction.SkipChildren) return;
        _ancestors.Push(node);
        node.WalkChildren(this);
        _ancestors.Pop();
        if (_stopped) return;
        if (_visitor.Leave(node, _ancestors) == VisitAction.Break) _stopped = true;
    }

    internal void WalkAll<T>(IReadOnlyList<T> nodes)
        where T : AstNode
    {
        for (var i = 0; i < nodes.Count && !_stopped; i++) Walk(nodes[i]);
    }
}
