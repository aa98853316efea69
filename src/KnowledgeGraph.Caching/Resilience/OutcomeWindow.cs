namespace KnowledgeGraph.Caching.Resilience;

/// <summary>
/// Calls and failures over the last sampling duration, in ten buckets that roll with the clock. Recording touches
/// one bucket with interlocked increments; a lock is taken only when a bucket is reused for a new tenth of the
/// window (at most ten times per window), so concurrent cache hits never wait on each other here.
/// </summary>
internal sealed class OutcomeWindow
{
    private const int Buckets = 10;
    private readonly TimeProvider _time;
    private readonly long _bucketTicks;
    private readonly long[] _epochs = new long[Buckets];
    private readonly int[] _calls = new int[Buckets];
    private readonly int[] _failures = new int[Buckets];
    private readonly Lock _roll = new();

    public OutcomeWindow(TimeProvider time, TimeSpan samplingDuration)
    {
        _time = time;
        _bucketTicks = Math.Max(1, (long)(samplingDuration.TotalSeconds * time.TimestampFrequency / Buckets));
        Array.Fill(_epochs, long.MinValue);
    }

    /// <summary>Counts one call; returns the window's totals including it.</summary>
    public (int Calls, int Failures) Record(bool failed)
    {
        var epoch = _time.GetTimestamp() / _bucketTicks;
        var i = (int)(((epoch % Buckets) + Buckets) % Buckets);
        if (Volatile.Read(ref _epochs[i]) != epoch)
        {
            lock (_roll)
            {
                if (_epochs[i] != epoch)
                {
                    _calls[i] = 0;
                    _failures[i] = 0;
                    Volatile.Write(ref _epochs[i], epoch);
                }
            }
        }

        Interlocked.Increment(ref _calls[i]);
        if (!failed)
        {
            return default; // only a failure can open the circuit, so only failures need the totals
        }

        Interlocked.Increment(ref _failures[i]);
        var calls = 0;
        var failures = 0;
        for (var b = 0; b < Buckets; b++)
        {
            var bucketEpoch = Volatile.Read(ref _epochs[b]);
            if (bucketEpoch != long.MinValue && epoch - bucketEpoch < Buckets)
            {
                calls += Volatile.Read(ref _calls[b]);
                failures += Volatile.Read(ref _failures[b]);
            }
        }

        return (calls, failures);
    }

    public void Clear()
    {
        lock (_roll)
        {
            Array.Fill(_epochs, long.MinValue);
            Array.Clear(_calls);
            Array.Clear(_failures);
        }
    }
}
