using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The engine's entry point: parse → validate → pick the operation → coerce variables → execute, with DataLoader
/// batches dispatched whenever execution has no other ready work, a per-request time limit and cancellation.
/// </summary>
public static class GraphQLExecutor
{
    /// <summary>
    /// The validator used when <see cref="ExecutionOptions.Validator"/> is not set: every rule of the spec's
    /// Validation section. Hosts may replace it (e.g. to add protection rules) at start-up.
    /// </summary>
    public static Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>>? DefaultValidator { get; set; } =
        static (schema, document) => Validation.DocumentValidator.Validate(schema, document);

    private static readonly TimeSpan CancellationGrace = TimeSpan.FromMilliseconds(100);

    private const int MaxSettlePasses = 8;

    public static async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Options;
        using var timeout = options.TimeLimit is { } limit ? new CancellationTokenSource(limit) : null;
        // One token for resolvers: the caller's, the time limit's, or both linked (a link only when both can fire).
        using var linked = timeout is not null && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token)
            : null;
        var token = linked?.Token ?? timeout?.Token ?? cancellationToken;
        string? CancellationReason() => timeout?.IsCancellationRequested == true
            ? $"The request exceeded its time limit of {options.TimeLimit!.Value.TotalMilliseconds:0} ms."
            : cancellationToken.IsCancellationRequested ? "The request was cancelled." : null;

        // Resolver continuations must not hop to a caller's synchronization context: DataLoader batching relies on
        // them running inline when a batch completes.
        if (SynchronizationContext.Current is not null)
        {
            return await Task.Run(() => ExecuteCoreAsync(request, token, CancellationReason), CancellationToken.None).ConfigureAwait(false);
        }
        return await ExecuteCoreAsync(request, token, CancellationReason).ConfigureAwait(false);
    }

    private static async Task<ExecutionResult> ExecuteCoreAsync(
        ExecutionRequest request, CancellationToken cancellationToken, Func<string?> cancellationReason)
    {
        var options = request.Options;
        var schema = request.Schema;

        DocumentNode document;
        try
        {
            document = request.Document ?? Parser.Parse(new Source(request.Query ?? string.Empty), options.ParserOptions);
        }
        catch (GraphQLError syntaxError)
        {
            return ExecutionResult.RequestError(syntaxError);
        }

        if (!options.SkipValidation && (options.Validator ?? DefaultValidator) is { } validate)
        {
            var validationErrors = validate(schema, document);
            if (validationErrors.Count > 0) return ExecutionResult.RequestError(validationErrors);
        }

        var (operation, operationError) = SelectOperation(document, request.OperationName);
        if (operation is null) return ExecutionResult.RequestError(operationError!);

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment) fragments.TryAdd(fragment.Name.Value, fragment);
        }

        if (!options.EnableIntrospection && Introspection.IntrospectionGuard.FindIntrospectionField(operation, fragments) is { } introspectionField)
        {
            return ExecutionResult.RequestError(new GraphQLError(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{introspectionField.NameValue}\".",
                introspectionField));
        }

        var variableErrors = new List<GraphQLError>();
        var inputs = request.Variables
            ?? (request.VariablesJson is { ValueKind: System.Text.Json.JsonValueKind.Object } json ? JsonValues.ToDictionary(json) : null);
        var variables = VariableCoercion.Coerce(schema, operation, inputs, variableErrors, options.MaxVariableErrors);
        if (variableErrors.Count > 0) return ExecutionResult.RequestError(variableErrors);

        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return new ExecutionResult
            {
                Errors = [new GraphQLError($"Schema is not configured to execute {operation.Operation.Keyword()} operation.", operation)],
                HasData = true,
            };
        }

        var context = new RequestContext(request.User, request.Role, request.Services, request.Items, cancellationToken);
        var executor = new OperationExecutor(schema, operation, fragments, variables, context, options, cancellationReason, PlanCache.For(schema, document));
        ResultMap? data;
        try
        {
            data = await RunWithDataLoadersAsync(executor.ExecuteAsync(rootType, request.RootValue), context, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            executor.AddError(new GraphQLError(
                cancellationReason() ?? "The request was cancelled.",
                [operation],
                extensions: new Dictionary<string, object?> { ["code"] = "REQUEST_CANCELLED" }));
            data = null;
        }
        var errors = executor.Errors;
        return new ExecutionResult { Data = data, HasData = true, Errors = errors.Count > 0 ? errors : null };
    }

    /// <summary>
    /// Drives execution: whenever no resolver can make progress without a DataLoader, dispatches the queued batches.
    /// Stops waiting when the request is cancelled (resolvers that ignore the token are abandoned).
    /// </summary>
    private static async Task<T> RunWithDataLoadersAsync<T>(Task<T> execution, RequestContext context, CancellationToken cancellationToken)
    {
        var registry = context.DataLoaders;
        Task? cancelled = null; // made on the first wait: most executions finish without ever waiting
        while (!execution.IsCompleted)
        {
            var queued = registry.WhenQueued();
            if (registry.HasQueuedKeys)
            {
                await registry.DispatchAllAsync().ConfigureAwait(false);
                continue;
            }
            cancelled ??= Task.Delay(Timeout.Infinite, cancellationToken);
            var finished = await Task.WhenAny(execution, queued, cancelled).ConfigureAwait(false);
            if (finished == cancelled && !execution.IsCompleted)
            {
                // Resolvers that honour the token finish promptly with field errors (a partial result); give them a
                // moment, then abandon the ones that do not.
                await Task.WhenAny(execution, Task.Delay(CancellationGrace, CancellationToken.None)).ConfigureAwait(false);
                if (!execution.IsCompleted) cancellationToken.ThrowIfCancellationRequested();
            }
            if (finished == queued)
            {
                // Keys arrived from work that was running elsewhere (resolvers finishing their own I/O); let sibling
                // continuations queue their keys too, until a pass adds no more, so they share one batch.
                var settled = -1;
                for (var pass = 0; pass < MaxSettlePasses && settled != registry.QueuedKeyCount && !execution.IsCompleted; pass++)
                {
                    settled = registry.QueuedKeyCount;
                    await Task.Yield();
                }
            }
        }
        return await execution.ConfigureAwait(false);
    }

    /// <summary>GetOperation (spec §6.1): the named operation, or the only one.</summary>
    public static (OperationDefinitionNode? Operation, GraphQLError? Error) SelectOperation(DocumentNode document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operationName is null)
            {
                if (found is not null) return (null, new GraphQLError("Must provide operation name if query contains multiple operations."));
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return (operation, null);
            }
        }
        if (found is not null) return (found, null);
        return (null, new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\"."));
    }
}
