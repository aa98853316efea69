using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.4 All Variables Used, counting uses inside the fragments an operation reaches.</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is not OperationDefinitionNode operation) return VisitAction.Continue;
            var used = context.GetRecursiveVariableUsages(operation)
                .Select(u => u.Node.Name.Value)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (used.Contains(name)) continue;
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                context.ReportError(new GraphQLError(message, definition));
            }
            return VisitAction.Continue;
        }
    }
}
