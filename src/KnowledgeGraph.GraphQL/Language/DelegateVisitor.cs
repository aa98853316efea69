using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An <see cref="AstVisitor"/> made of two functions, for small one-off walks.</summary>
public sealed class DelegateVisitor : AstVisitor
{
    private readonly Func<AstNode, IReadOnlyList<AstNode>, VisitAction>? _enter;
    private readonly Func<AstNode, IReadOnlyList<AstNode>, VisitAction>? _leave;

    public DelegateVisitor(
        Func<AstNode, IReadOnlyList<AstNode>, VisitAction>? enter,
        Func<AstNode, IReadOnlyList<AstNode>, VisitAction>? leave = null)
    {
        _enter = enter;
        _leave = leave;
    }

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors) =>
        _enter?.Invoke(node, ancestors) ?? VisitAction.Continue;

    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors) =>
        _leave?.Invoke(node, ancestors) ?? VisitAction.Continue;
}
