using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// One document timed on both engines: which schema (dashboard or the API's), variables and iteration counts.
/// <paramref name="ParseBatch"/>, <paramref name="ValidateBatch"/> and <paramref name="ExecuteBatch"/> are the operations
/// per batch when those phases are timed interleaved: enough for a steady p50, few enough that graphql-js's batch lasts
/// some 10–50 ms.
/// </summary>
public sealed record BenchCase(
    string Name,
    string SchemaName,
    Schema Schema,
    string Query,
    IReadOnlyDictionary<string, object?> Variables,
    int Iterations,
    int Warmup,
    int HttpDivisor,
    int ParseBatch,
    int ValidateBatch,
    int ExecuteBatch)
{
    public int HttpIterations => Math.Max(1, Iterations / HttpDivisor);

    public int HttpWarmup => Math.Max(1, Warmup / HttpDivisor);

    public string HttpPath => SchemaName == "api" ? "/api" : "/graphql";
}
