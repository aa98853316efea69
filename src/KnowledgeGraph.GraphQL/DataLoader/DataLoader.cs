namespace KnowledgeGraph.GraphQL.DataLoader;

/// <summary>
/// Batches and caches loads of one kind within one request. <see cref="LoadAsync"/> queues a key and returns a task
/// that completes when the executor dispatches the batch (once it has no other ready work), so N parents at one
/// level cost one batch call. The same key is loaded at most once per request.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchLoader
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly DataLoaderRegistry _registry;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    // Further loads of a key whose batch is still pending. Each gets its own task: .NET runs only the first of several
    // continuations on one task inline and queues the rest to the thread pool, which would split one level of the
    // query across threads and batches.
    private readonly Dictionary<TKey, List<TaskCompletionSource<TValue?>>> _waiters = [];
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _queue = [];
    private readonly Lock _gate = new();

    internal DataLoader(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch,
        DataLoaderRegistry registry)
    {
        Name = name;
        _batch = batch;
        _registry = registry;
    }

    public string Name { get; }

    /// <summary>How many batch calls this loader made (for diagnostics and tests).</summary>
    public int BatchCount { get; private set; }

    public bool HasQueuedKeys
    {
        get
        {
            lock (_gate) return _queue.Count > 0;
        }
    }

    public int QueuedKeyCount
    {
        get
        {
            lock (_gate) return _queue.Count;
        }
    }

    /// <summary>The value for <paramref name="key"/>; default when the batch returned nothing for it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> source;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                if (cached.Task.IsCompleted) return cached.Task;
                var waiter = new TaskCompletionSource<TValue?>();
                if (!_waiters.TryGetValue(key, out var waiters)) _waiters[key] = waiters = [];
                waiters.Add(waiter);
                return waiter.Task;
            }
            source = new TaskCompletionSource<TValue?>();
            _cache[key] = source;
            _queue.Add(new(key, source));
        }
        _registry.NotifyQueued();
        return source.Task;
    }

    /// <summary>Values for several keys, in the order of the keys, in at most one batch.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Seeds the cache (e.g. with objects another query already returned).</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            if (_cache.ContainsKey(key)) return;
            var source = new TaskCompletionSource<TValue?>();
            source.SetResult(value);
            _cache[key] = source;
        }
    }

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch;
        lock (_gate)
        {
            if (_queue.Count == 0) return;
            batch = _queue;
            _queue = [];
            BatchCount++;
        }
        var keys = new TKey[batch.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = batch[i].Key;
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await _batch(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Every load of the failed batch fails with the same error; later loads of these keys retry.
            lock (_gate)
            {
                foreach (var item in batch) _cache.Remove(item.Key);
            }
            foreach (var item in batch)
            {
                item.Value.TrySetException(ex);
                foreach (var waiter in TakeWaiters(item.Key)) waiter.TrySetException(ex);
            }
            return;
        }
        foreach (var item in batch)
        {
            var value = values.TryGetValue(item.Key, out var found) ? found : default;
            // The key's own task first: loads arriving from now on get it, already completed, instead of waiting.
            item.Value.TrySetResult(value);
            foreach (var waiter in TakeWaiters(item.Key)) waiter.TrySetResult(value);
        }
    }

    private List<TaskCompletionSource<TValue?>> TakeWaiters(TKey key)
    {
        lock (_gate)
        {
            return _waiters.Remove(key, out var waiters) ? waiters : [];
        }
    }
}
