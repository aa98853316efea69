using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading.Channels;

namespace KnowledgeGraph.Caching.Resp;

/// <summary>
/// One physical connection. Callers queue commands; a single writer drains the queue and flushes once per batch
/// (pipelining), a single reader matches replies to commands in the order they were written. Push messages
/// (RESP3 <c>&gt;</c>, or pub/sub arrays on a RESP2 subscriber connection) go to the push handler instead.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private const int FlushThreshold = 1024 * 1024;

    private static readonly HashSet<string> PubSubKinds =
        new(StringComparer.OrdinalIgnoreCase) { "message", "pmessage", "smessage", "subscribe", "unsubscribe", "psubscribe", "punsubscribe", "ssubscribe", "sunsubscribe" };

    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly bool _subscriber;
    private readonly Action<RespValue>? _onPush;
    private readonly Channel<PendingCommand> _outbox =
        Channel.CreateUnbounded<PendingCommand>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ConcurrentQueue<PendingCommand> _awaitingReply = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _writeLoop = Task.CompletedTask;
    private Task _readLoop = Task.CompletedTask;
    private Exception? _failure;
    private int _failed;

    private RedisConnection(Socket socket, Stream stream, RedisEndpoint endpoint, bool subscriber, Action<RespValue>? onPush)
    {
        _socket = socket;
        _stream = stream;
        Endpoint = endpoint;
        _subscriber = subscriber;
        _onPush = onPush;
        _input = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024, leaveOpen: true));
        _output = PipeWriter.Create(stream, new StreamPipeWriterOptions(minimumBufferSize: 16 * 1024, leaveOpen: true));
    }

    public RedisEndpoint Endpoint { get; }

    public RedisProtocol Protocol { get; private set; } = RedisProtocol.Resp2;

    public bool IsAlive => !_closed.Task.IsCompleted;

    /// <summary>Completes when the connection is gone, for whatever reason.</summary>
    public Task Closed => _closed.Task;

    public Exception? Failure => _failure;

    public static async Task<RedisConnection> OpenAsync(
        RedisOptions options, RedisEndpoint endpoint, bool subscriber, Action<RespValue>? onPush, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
            await socket.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (options.Ssl)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = tls;
                await tls.AuthenticateAsClientAsync(
                    new SslClientAuthenticationOptions
                    {
                        TargetHost = options.SslHost ?? endpoint.Host,
                        RemoteCertificateValidationCallback = options.CertificateValidation,
                    },
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            socket.Dispose();
            throw;
        }

        var connection = new RedisConnection(socket, stream, endpoint, subscriber, onPush);
        connection.Start();
        try
        {
            await connection.HandshakeAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return connection;
    }

    /// <summary>
    /// Queues a command. Returns false when the connection was already closed, in which case nothing was sent
    /// and the caller may safely retry on another connection.
    /// </summary>
    public bool TrySend(RedisRequest request, out Task<RespValue> reply)
    {
        var pending = new PendingCommand(request, expectsReply: true);
        reply = pending.Reply;
        return _outbox.Writer.TryWrite(pending);
    }

    public Task<RespValue> SendAsync(RedisRequest request) =>
        TrySend(request, out var reply) ? reply : Task.FromException<RespValue>(ClosedException());

    /// <summary>For subscriber commands whose confirmations arrive as push messages rather than replies.</summary>
    public bool TrySendWithoutReply(RedisRequest request) =>
        _outbox.Writer.TryWrite(new PendingCommand(request, expectsReply: false));

    public async ValueTask DisposeAsync()
    {
        Fail(new ObjectDisposedException(nameof(RedisConnection)));
        await Task.WhenAll(_writeLoop, _readLoop).ConfigureAwait(false);
    }

    private void Start()
    {
        _writeLoop = Task.Run(WriteLoopAsync);
        _readLoop = Task.Run(ReadLoopAsync);
    }

    private async Task HandshakeAsync(RedisOptions options, CancellationToken cancellationToken)
    {
        var authenticated = false;
        if (options.Protocol == RedisProtocol.Resp3)
        {
            var hello = new List<object> { "3" };
            if (options.Password is not null)
            {
                hello.AddRange(["AUTH", options.User ?? "default", options.Password]);
            }

            if (options.ClientName is not null)
            {
                hello.AddRange(["SETNAME", options.ClientName]);
            }

            try
            {
                await SendAsync(RedisRequest.Create("HELLO", [.. hello])).WaitAsync(cancellationToken).ConfigureAwait(false);
                Protocol = RedisProtocol.Resp3;
                authenticated = true;
            }
            catch (RedisServerException e) when (e.ErrorCode == "NOPROTO" || e.Message.Contains("unknown command", StringComparison.OrdinalIgnoreCase))
            {
                // Redis before 6 (or a proxy) without RESP3: carry on in RESP2 with AUTH and CLIENT SETNAME.
            }
        }

        if (!authenticated)
        {
            if (options.Password is not null)
            {
                var auth = options.User is null
                    ? RedisRequest.Create("AUTH", options.Password)
                    : RedisRequest.Create("AUTH", options.User, options.Password);
                await SendAsync(auth).WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            if (options.ClientName is not null)
            {
                await SendAsync(RedisRequest.Create("CLIENT", "SETNAME", options.ClientName)).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        if (options.DefaultDatabase != 0)
        {
            await SendAsync(RedisRequest.Create("SELECT", options.DefaultDatabase)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            var reader = _outbox.Reader;
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var pending))
                {
                    if (pending.ExpectsReply)
                    {
                        _awaitingReply.Enqueue(pending);
                    }

                    RespWriter.WriteCommand(_output, pending.Request);
                    if (_output.UnflushedBytes > FlushThreshold)
                    {
                        await FlushAsync().ConfigureAwait(false);
                    }
                }

                await FlushAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            Fail(e);
        }
        finally
        {
            await CompleteQuietlyAsync(_output.CompleteAsync).ConfigureAwait(false);
            FailOutstanding();
        }
    }

    // Completing a pipe flushes what is left; on a closed stream that fails, and there is nobody left to tell.
    private static async ValueTask CompleteQuietlyAsync(Func<Exception?, ValueTask> complete)
    {
        try
        {
            await complete(null).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    private async ValueTask FlushAsync()
    {
        var result = await _output.FlushAsync().ConfigureAwait(false);
        if (result.IsCompleted || result.IsCanceled)
        {
            throw new IOException("The connection stopped accepting writes.");
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync().ConfigureAwait(false);
                var consumed = DispatchReplies(result.Buffer);
                _input.AdvanceTo(consumed, result.Buffer.End);
                if (result.IsCompleted || result.IsCanceled)
                {
                    throw new IOException("The server closed the connection.");
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or RedisException or InvalidOperationException or OperationCanceledException)
        {
            Fail(e);
        }
        finally
        {
            await CompleteQuietlyAsync(_input.CompleteAsync).ConfigureAwait(false);
            FailOutstanding();
        }
    }

    private SequencePosition DispatchReplies(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (RespParser.TryParse(ref reader, out var value))
        {
            if (IsPush(value))
            {
                _onPush?.Invoke(value);
            }
            else if (_awaitingReply.TryDequeue(out var pending))
            {
                pending.Complete(value);
            }
            else
            {
                throw new RespProtocolException($"Received a reply ({value}) with no command waiting for it.");
            }
        }

        return reader.Position;
    }

    private bool IsPush(RespValue value) =>
        value.Type == RespType.Push
        || (_subscriber && value.Type == RespType.Array && value.Items.Count >= 3
            && value.Items[0].Type is RespType.BulkString or RespType.SimpleString
            && PubSubKinds.Contains(value.Items[0].AsString()!));

    private void Fail(Exception reason)
    {
        if (Interlocked.Exchange(ref _failed, 1) != 0)
        {
            return;
        }

        _failure = reason;
        _outbox.Writer.TryComplete();
        _input.CancelPendingRead();
        try
        {
            _stream.Dispose();
        }
        catch (IOException)
        {
            // A TLS close_notify may fail on a broken socket; the socket is closed below regardless.
        }

        _socket.Dispose();
        FailOutstanding();
        _closed.TrySetResult();
    }

    private void FailOutstanding()
    {
        if (Volatile.Read(ref _failed) == 0)
        {
            return;
        }

        var error = ClosedException();
        while (_awaitingReply.TryDequeue(out var pending))
        {
            pending.Fail(error);
        }

        while (_outbox.Reader.TryRead(out var pending))
        {
            pending.Fail(error);
        }
    }

    private RedisConnectionException ClosedException() =>
        new($"The connection to {Endpoint} is closed.", _failure);
}
