using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.1 Variable Uniqueness: one report per repeated name, listing every definition of it.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            // Fewer than two definitions cannot repeat a name (spares the grouping on every request).
            if (node is not OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation) return VisitAction.Continue;
            foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
            {
                var definitions = group.ToList();
                if (definitions.Count > 1)
                {
                    context.ReportError(new GraphQLError(
                        $"There can be only one variable named \"${group.Key}\".",
                        definitions.Select(d => (AstNode)d.Variable.Name)));
                }
            }
            return VisitAction.Continue;
        }
    }
}
