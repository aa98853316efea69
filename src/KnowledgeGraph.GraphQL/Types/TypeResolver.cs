using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Names the object type of a value returned for an interface or union field.</summary>
public delegate string? TypeResolver(object value, ResolveContext context);
