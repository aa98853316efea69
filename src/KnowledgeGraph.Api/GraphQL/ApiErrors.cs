using KnowledgeGraph.GraphQL;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Errors resolvers raise, with the `extensions.code` clients branch on.</summary>
public static class ApiErrors
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string NotFound = "NOT_FOUND";
    public const string BadReport = "BAD_REPORT";

    public static GraphQLError Create(string message, string code) =>
        new(message, nodes: null, extensions: new Dictionary<string, object?> { ["code"] = code });
}
