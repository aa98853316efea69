using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.1: an operation's type (query, mutation, subscription) must have a root type in the schema.</summary>
public sealed class KnownOperationTypesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is OperationDefinitionNode operation && context.Lookup.GetRootType(operation.Operation) is null)
            {
                context.ReportError(new GraphQLError(
                    $"The {OperationNames.Of(operation.Operation)} operation is not supported by the schema.", operation));
            }
            return VisitAction.Continue;
        }
    }
}
