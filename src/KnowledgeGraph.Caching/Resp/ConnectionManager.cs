namespace KnowledgeGraph.Caching.Resp;

/// <summary>
/// Keeps one connection up. Connects lazily, notices when the server drops the link, and reconnects in the
/// background with exponential backoff and jitter until it succeeds or is disposed. Callers arriving while a
/// connect attempt is under way wait for that attempt; callers arriving during the backoff fail fast, which is
/// what a cache wants (it would rather miss than wait).
/// </summary>
internal sealed class ConnectionManager : IAsyncDisposable
{
    private readonly RedisOptions _options;
    private readonly bool _subscriber;
    private readonly Action<RespValue>? _onPush;
    private readonly Func<RedisConnection, CancellationToken, Task>? _onConnected;
    private readonly CancellationTokenSource _disposed = new();
    private readonly Lock _gate = new();
    private RedisConnection? _current;
    private Task<RedisConnection>? _attempt;
    private Task? _reconnectLoop;
    private Exception? _lastError;

    public ConnectionManager(
        RedisOptions options, bool subscriber, Action<RespValue>? onPush = null, Func<RedisConnection, CancellationToken, Task>? onConnected = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Endpoints.Count == 0)
        {
            throw new ArgumentException("At least one endpoint is required.", nameof(options));
        }

        _options = options;
        _subscriber = subscriber;
        _onPush = onPush;
        _onConnected = onConnected;
    }

    public event EventHandler<RedisConnectionEventArgs>? Connected;

    public event EventHandler<RedisConnectionEventArgs>? ConnectionLost;

    public bool IsConnected => Volatile.Read(ref _current) is { IsAlive: true };

    public RedisProtocol? Protocol => Volatile.Read(ref _current)?.Protocol;

    public Exception? LastError => Volatile.Read(ref _lastError);

    public async ValueTask<RedisConnection> GetConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        var current = Volatile.Read(ref _current);
        if (current is { IsAlive: true })
        {
            return current;
        }

        Task<RedisConnection>? attempt;
        lock (_gate)
        {
            // The connect attempt may have finished since the read above: it sets _current and clears _attempt
            // under this lock, so look again here rather than report "not connected" for a live connection.
            current = _current;
            attempt = null;
            if (current is not { IsAlive: true })
            {
                EnsureReconnecting();
                attempt = _attempt;
            }
        }

        if (current is { IsAlive: true })
        {
            return current;
        }

        if (attempt is null)
        {
            throw new RedisConnectionException(
                $"Not connected to {string.Join(", ", _options.Endpoints)}; reconnecting in the background.", LastError);
        }

        try
        {
            return await attempt.WaitAsync(_options.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new RedisConnectionException($"Connecting to {string.Join(", ", _options.Endpoints)} timed out.", e);
        }
        catch (Exception e) when (e is not OperationCanceledException and not RedisConnectionException)
        {
            throw new RedisConnectionException($"Could not connect to {string.Join(", ", _options.Endpoints)}: {e.Message}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync().ConfigureAwait(false);
        Task? loop;
        lock (_gate)
        {
            loop = _reconnectLoop;
        }

        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        var current = Interlocked.Exchange(ref _current, null);
        if (current is not null)
        {
            await current.DisposeAsync().ConfigureAwait(false);
        }

        _disposed.Dispose();
    }

    // Called under _gate.
    private void EnsureReconnecting()
    {
        if (_reconnectLoop is { IsCompleted: false } || _disposed.IsCancellationRequested)
        {
            return;
        }

        // Start the first attempt synchronously so a caller that triggered it can wait on it.
        _attempt = ConnectOnceAsync(_disposed.Token);
        _reconnectLoop = ReconnectLoopAsync(_attempt);
    }

    private async Task ReconnectLoopAsync(Task<RedisConnection> firstAttempt)
    {
        var attempt = firstAttempt;
        var delay = _options.ReconnectDelay;
        while (true)
        {
            try
            {
                var connection = await attempt.ConfigureAwait(false);
                lock (_gate)
                {
                    _current = connection;
                    _attempt = null;
                }

                _ = connection.Closed.ContinueWith(
                    (_, state) => ((ConnectionManager)state!).OnClosed(connection),
                    this,
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
                Connected?.Invoke(this, new RedisConnectionEventArgs(connection.Endpoint, null));
                return;
            }
            catch (Exception e) when (!_disposed.IsCancellationRequested)
            {
                Volatile.Write(ref _lastError, e);
                lock (_gate)
                {
                    _attempt = null;
                }
            }
            catch (Exception)
            {
                return; // disposed while connecting
            }

            try
            {
                // Full jitter keeps several API instances from reconnecting in lockstep after a Redis restart.
                await Task.Delay(delay * (0.5 + (Random.Shared.NextDouble() / 2)), _disposed.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxReconnectDelay.Ticks));
            lock (_gate)
            {
                if (_disposed.IsCancellationRequested)
                {
                    return;
                }

                _attempt = attempt = ConnectOnceAsync(_disposed.Token);
            }
        }
    }

    private void OnClosed(RedisConnection connection)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_current, connection))
            {
                return;
            }

            _current = null;
        }

        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        Volatile.Write(ref _lastError, connection.Failure);
        ConnectionLost?.Invoke(this, new RedisConnectionEventArgs(connection.Endpoint, connection.Failure));
        lock (_gate)
        {
            EnsureReconnecting();
        }
    }

    private async Task<RedisConnection> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        // Try each endpoint in order; the first that completes the handshake wins.
        Exception? last = null;
        foreach (var endpoint in _options.Endpoints)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.ConnectTimeout);
            RedisConnection? connection = null;
            try
            {
                connection = await RedisConnection.OpenAsync(_options, endpoint, _subscriber, _onPush, timeout.Token).ConfigureAwait(false);
                if (_onConnected is not null)
                {
                    await _onConnected(connection, timeout.Token).ConfigureAwait(false);
                }

                return connection;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                }

                last = e is OperationCanceledException
                    ? new RedisConnectionException($"Connecting to {endpoint} timed out after {_options.ConnectTimeout}.", e)
                    : e;
            }
        }

        throw last ?? new RedisConnectionException("No endpoint configured.");
    }
}
