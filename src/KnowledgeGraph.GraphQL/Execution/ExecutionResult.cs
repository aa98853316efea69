namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The response (spec §7.1): <see cref="Errors"/> when any, and <see cref="Data"/> — absent for request errors
/// (syntax, validation, variables), null when null propagated to the root, else the ordered result tree.
/// </summary>
public sealed class ExecutionResult
{
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>The data tree: <see cref="ResultMap"/> objects, object?[] lists, scalars. Null when absent or null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>False for request errors: the response then has no "data" entry at all.</summary>
    public bool HasData { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>True when the request failed before execution (HTTP layers answer 4xx for these).</summary>
    public bool IsRequestError => !HasData;

    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors, HasData = false };

    public static ExecutionResult RequestError(GraphQLError error) => RequestError([error]);

    /// <summary>The response as JSON text.</summary>
    public string ToJson() => ExecutionResultWriter.ToJson(this);
}
