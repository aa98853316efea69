using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>A field requested under the current field (for projections): its name, response key and arguments' AST.</summary>
public sealed record SelectedField(string Name, string ResponseKey, FieldNode Node, string? TypeCondition);
