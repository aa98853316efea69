using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>The keyword of an operation type as it appears in documents and messages.</summary>
internal static class OperationNames
{
    public static string Of(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => operation.ToString().ToLowerInvariant(),
    };
}
