using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2 Argument Uniqueness, on fields and directives.</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            switch (node)
            {
                case FieldNode field:
                    Check(field.Arguments);
                    break;
                case DirectiveNode directive:
                    Check(directive.Arguments);
                    break;
            }
            return VisitAction.Continue;
        }

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            // Fewer than two arguments cannot repeat a name (spares the grouping on every field).
            if (arguments.Count < 2) return;
            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                var nodes = group.ToList();
                if (nodes.Count > 1)
                {
                    context.ReportError(new GraphQLError(
                        $"There can be only one argument named \"{group.Key}\".", nodes.Select(a => (AstNode)a.Name)));
                }
            }
        }
    }
}
