using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// A field whose resolver returned an unfinished task: when the task finishes, the value is completed (spec §6.4.3)
/// and field errors are handled (§6.4.4) exactly as for a synchronous resolver. One allocation plus the continuation
/// delegate, instead of a chain of async state machines.
/// </summary>
internal sealed class PendingField : Deferred, IDeferredConsumer
{
    private readonly OperationExecutor _executor;
    private readonly ValueTask<object?> _resolved;
    private readonly ResolveContext _context;

    public PendingField(OperationExecutor executor, ValueTask<object?> resolved, ResolveContext context)
    {
        _executor = executor;
        _resolved = resolved;
        _context = context;
        var awaiter = resolved.ConfigureAwait(false).GetAwaiter();
        if (awaiter.IsCompleted) OnResolved();
        else awaiter.UnsafeOnCompleted(OnResolved);
    }

    private GraphQLType Type => _context.Field.Type;

    private void OnResolved()
    {
        object? completed;
        try
        {
            var value = _resolved.ConfigureAwait(false).GetAwaiter().GetResult();
            completed = _executor.CompleteValue(Type, _context.Scope, _context.Nodes, _context.Path, value);
        }
        catch (Exception ex)
        {
            Fail(ex);
            return;
        }
        if (completed is Deferred inner) inner.Subscribe(this, 0);
        else Complete(completed, null);
    }

    void IDeferredConsumer.OnCompleted(int slot, object? value, Exception? error)
    {
        if (error is null) Complete(value, null);
        else Fail(error);
    }

    private void Fail(Exception error)
    {
        object? value;
        try
        {
            value = _executor.HandleFieldError(error, Type, _context.Nodes, _context.Path);
        }
        catch (NullPropagation propagation)
        {
            Complete(null, propagation);
            return;
        }
        Complete(value, null);
    }
}
