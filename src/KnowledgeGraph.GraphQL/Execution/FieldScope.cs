using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The field being completed, passed by value so that fields using the default resolver need no
/// <see cref="ResolveContext"/> allocation; one is made on demand (e.g. for a type resolver).
/// </summary>
internal readonly record struct FieldScope(
    ObjectType ParentType,
    FieldDefinition Field,
    object? Source,
    IReadOnlyDictionary<string, object?> Arguments,
    ResolveContext? Context);
