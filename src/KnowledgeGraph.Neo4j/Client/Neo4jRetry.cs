using KnowledgeGraph.Neo4j.Client.Errors;
using Polly;
using Polly.Retry;

namespace KnowledgeGraph.Neo4j.Client;

/// <summary>
/// Exponential back-off with jitter for Neo.TransientError.* and unreachable servers only. Client errors,
/// database errors and timeouts are never retried (see <see cref="Neo4jException.IsRetryable"/>).
/// </summary>
internal static class Neo4jRetry
{
    public static ResiliencePipeline Build(Neo4jOptions options) =>
        options.MaxRetries <= 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e => e.IsRetryable),
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = TimeSpan.FromSeconds(10),
                })
                .Build();
}
