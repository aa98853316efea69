namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Produces the value of one field for one parent value.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
