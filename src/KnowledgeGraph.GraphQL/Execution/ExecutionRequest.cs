using System.Security.Claims;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>One GraphQL request: the schema, the document (text or parsed), operation, variables and context.</summary>
public sealed class ExecutionRequest
{
    public required Schema Schema { get; init; }

    /// <summary>The document text; ignored when <see cref="Document"/> is set.</summary>
    public string? Query { get; init; }

    /// <summary>A pre-parsed (e.g. cached) document.</summary>
    public DocumentNode? Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variables as plain CLR values (JsonElement values inside are accepted too).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Variables as a JSON object; used when <see cref="Variables"/> is null.</summary>
    public JsonElement? VariablesJson { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    public ClaimsPrincipal? User { get; init; }

    public string? Role { get; init; }

    public IServiceProvider? Services { get; init; }

    public IEnumerable<KeyValuePair<string, object?>>? Items { get; init; }

    public ExecutionOptions Options { get; init; } = ExecutionOptions.Default;
}
