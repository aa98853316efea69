using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Depth-first visitor over an AST (graphql-js <c>visit</c>): <see cref="Enter"/> before a node's children,
/// <see cref="Leave"/> after. <paramref name="ancestors"/> holds the path from the root to the parent (last = parent).
/// </summary>
public abstract class AstVisitor
{
    public virtual VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors) => VisitAction.Continue;

    public virtual VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors) => VisitAction.Continue;

    /// <summary>Walks <paramref name="root"/> with this visitor.</summary>
    public void Visit(AstNode root) => AstWalker.Visit(root, this);
}
