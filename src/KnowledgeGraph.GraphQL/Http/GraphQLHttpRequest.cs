using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request (query, operationName, variables, extensions).</summary>
public sealed record GraphQLHttpRequest(string? Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);

/// <summary>A request the server refuses before GraphQL sees it: an HTTP status and a message.</summary>
public sealed record HttpRequestProblem(int StatusCode, string Message);
