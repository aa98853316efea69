namespace KnowledgeGraph.Caching.Resp;

/// <summary>A command on its way to the server, and where its reply goes when it arrives.</summary>
internal sealed class PendingCommand
{
    private readonly TaskCompletionSource<RespValue>? _reply;

    public PendingCommand(RedisRequest request, bool expectsReply)
    {
        Request = request;
        _reply = expectsReply ? new TaskCompletionSource<RespValue>(TaskCreationOptions.RunContinuationsAsynchronously) : null;
    }

    public RedisRequest Request { get; }

    public bool ExpectsReply => _reply is not null;

    public Task<RespValue> Reply => _reply?.Task ?? throw new InvalidOperationException("This command expects no reply.");

    public void Complete(RespValue value)
    {
        if (value.IsError)
        {
            _reply?.TrySetException(new RedisServerException(value.AsString() ?? "ERR"));
        }
        else
        {
            _reply?.TrySetResult(value);
        }
    }

    public void Fail(Exception exception) => _reply?.TrySetException(exception);
}
