using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Keeps a <see cref="TypeInfo"/> in step with a walk while delegating to another visitor (graphql-js
/// visitWithTypeInfo): the type info enters a node before the visitor sees it and leaves after.
/// </summary>
public sealed class TypeInfoVisitor : AstVisitor
{
    private readonly TypeInfo _typeInfo;
    private readonly AstVisitor _inner;

    public TypeInfoVisitor(TypeInfo typeInfo, AstVisitor inner)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(inner);
        _typeInfo = typeInfo;
        _inner = inner;
    }

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        _typeInfo.Enter(node);
        var action = _inner.Enter(node, ancestors);
        // A skipped or stopped node is never left, so undo its entry now.
        if (action != VisitAction.Continue) _typeInfo.Leave(node);
        return action;
    }

    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        var action = _inner.Leave(node, ancestors);
        _typeInfo.Leave(node);
        return action;
    }
}
