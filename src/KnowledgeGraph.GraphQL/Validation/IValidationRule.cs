using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// One rule of the spec's Validation section. A rule is stateless; for each document it makes a visitor that
/// reports errors through the <see cref="ValidationContext"/>. All rules walk the document together, in parallel,
/// so errors come out in document order and, at one node, in the order of the rules (as graphql-js).
/// </summary>
public interface IValidationRule
{
    AstVisitor CreateVisitor(ValidationContext context);
}
