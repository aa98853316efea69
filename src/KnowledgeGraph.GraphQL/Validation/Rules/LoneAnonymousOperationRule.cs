using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the document's only one.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private int _operationCount;

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            switch (node)
            {
                case DocumentNode document:
                    _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                    break;
                case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                    context.ReportError(new GraphQLError(
                        "This anonymous operation must be the only defined operation.", operation));
                    break;
            }
            return VisitAction.Continue;
        }
    }
}
