using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// A place where a variable is used: the variable node, the input type expected there, the type around it
/// (e.g. the input object of a field) and whether that position has a default value of its own.
/// </summary>
public sealed record VariableUsage(
    VariableNode Node,
    GraphQLType? Type,
    GraphQLType? ParentType,
    bool HasLocationDefaultValue);
