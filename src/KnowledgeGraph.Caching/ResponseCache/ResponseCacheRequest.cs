namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>
/// What identifies a GraphQL response. <paramref name="Document"/> is the printed (normalized) AST, so
/// whitespace and comments in the client's text do not split the cache; <paramref name="VariablesJson"/> is the
/// raw variables object, canonicalized here; <paramref name="Role"/> keeps roles from seeing each other's answers.
/// Only queries are cached: mutations and subscriptions pass <paramref name="IsQuery"/> false.
/// </summary>
public sealed record ResponseCacheRequest(string Document, string? OperationName, string? VariablesJson, string Role, bool IsQuery);
