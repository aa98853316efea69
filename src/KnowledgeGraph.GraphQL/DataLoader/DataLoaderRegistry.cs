namespace KnowledgeGraph.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request, by name. The executor asks it to dispatch queued batches whenever execution has
/// no other ready work, and waits on <see cref="WhenQueued"/> otherwise.
/// </summary>
public sealed class DataLoaderRegistry
{
    private readonly Dictionary<string, IBatchLoader> _loaders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationToken _cancellationToken;
    private TaskCompletionSource? _queued; // made when the executor first waits

    internal DataLoaderRegistry(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>
    /// The loader named <paramref name="name"/>, created with <paramref name="batch"/> on first use. The batch function
    /// gets the distinct queued keys and returns the values it found; keys it leaves out load as default (null).
    /// </summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(batch);
        lock (_gate)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException(
                        $"DataLoader \"{name}\" already exists with other key/value types than {typeof(TKey).Name}/{typeof(TValue).Name}.");
            }
            var loader = new DataLoader<TKey, TValue>(name, batch, this);
            _loaders[name] = loader;
            return loader;
        }
    }

    public bool HasQueuedKeys
    {
        get
        {
            lock (_gate) return _loaders.Values.Any(l => l.HasQueuedKeys);
        }
    }

    public int QueuedKeyCount
    {
        get
        {
            lock (_gate) return _loaders.Values.Sum(l => l.QueuedKeyCount);
        }
    }

    /// <summary>A task that completes when a key is next queued (or already is).</summary>
    public Task WhenQueued()
    {
        lock (_gate)
        {
            if (_queued is null || _queued.Task.IsCompleted) _queued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _queued.Task;
        }
    }

    internal void NotifyQueued()
    {
        TaskCompletionSource? queued;
        lock (_gate) queued = _queued;
        queued?.TrySetResult();
    }

    /// <summary>Dispatches every loader with queued keys, concurrently, and waits for the batches.</summary>
    public Task DispatchAllAsync()
    {
        IBatchLoader[] ready;
        lock (_gate) ready = _loaders.Values.Where(l => l.HasQueuedKeys).ToArray();
        if (ready.Length == 0) return Task.CompletedTask;
        if (ready.Length == 1) return ready[0].DispatchAsync(_cancellationToken);
        return Task.WhenAll(ready.Select(l => l.DispatchAsync(_cancellationToken)));
    }
}
