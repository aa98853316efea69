namespace KnowledgeGraph.Caching.Resilience;

/// <summary>How long the cache may hold up a request, and when to stop asking a failing Redis.</summary>
public sealed class CacheResilienceOptions
{
    /// <summary>A cache call taking longer than this counts as failed and the request goes on without the cache.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Share of failed calls within <see cref="SamplingDuration"/> that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the sampling window before the ratio is judged (at least 2).</summary>
    public int MinimumThroughput { get; set; } = 4;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an open circuit skips Redis before one trial call checks whether it is back.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}
