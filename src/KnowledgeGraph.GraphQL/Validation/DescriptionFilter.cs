using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Hides descriptions from the validation walk, as graphql-js does: a description is documentation, not an input
/// value, so e.g. <c>query Q("the year" $y: Int)</c> must not have its description checked as an Int.
/// </summary>
internal sealed class DescriptionFilter(AstVisitor inner) : AstVisitor
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors) =>
        IsDescription(node, ancestors) ? VisitAction.SkipChildren : inner.Enter(node, ancestors);

    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors) =>
        inner.Leave(node, ancestors);

    private static bool IsDescription(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node is not StringValueNode || ancestors.Count == 0) return false;
        var description = ancestors[^1] switch
        {
            OperationDefinitionNode operation => operation.Description,
            VariableDefinitionNode variable => variable.Description,
            FragmentDefinitionNode fragment => fragment.Description,
            SchemaDefinitionNode schema => schema.Description,
            TypeDefinitionNode type => type.Description,
            FieldDefinitionNode field => field.Description,
            InputValueDefinitionNode input => input.Description,
            EnumValueDefinitionNode enumValue => enumValue.Description,
            DirectiveDefinitionNode directive => directive.Description,
            _ => null,
        };
        return ReferenceEquals(description, node);
    }
}
