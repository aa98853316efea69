namespace KnowledgeGraph.GraphQL.Language.Ast;

/// <summary>The three root operation types.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public static class OperationTypeExtensions
{
    /// <summary>The keyword as written in documents: query, mutation, subscription.</summary>
    public static string Keyword(this OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
