namespace KnowledgeGraph.GraphQL.Conformance;

/// <summary>One request to run: a schema (SDL), the root value as JSON, a document, and optionally variables and an operation name.</summary>
public sealed record ConformanceCase(
    string Name,
    string SchemaSdl,
    string DataJson,
    string Query,
    string? VariablesJson = null,
    string? OperationName = null)
{
    public override string ToString() => Name;
}
