using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.6.3 Input Object Field Uniqueness, per object literal (nested literals are separate).</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> _outer = new();
        private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            switch (node)
            {
                case ObjectValueNode:
                    _outer.Push(_known);
                    _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                    break;
                case ObjectFieldNode field:
                    if (_known.TryGetValue(field.Name.Value, out var first))
                    {
                        context.ReportError(new GraphQLError(
                            $"There can be only one input field named \"{field.Name.Value}\".",
                            new AstNode[] { first, field.Name }));
                    }
                    else
                    {
                        _known[field.Name.Value] = field.Name;
                    }
                    break;
            }
            return VisitAction.Continue;
        }

        public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is ObjectValueNode) _known = _outer.Pop();
            return VisitAction.Continue;
        }
    }
}
