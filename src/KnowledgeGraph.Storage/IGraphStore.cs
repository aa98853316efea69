using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage;

/// <summary>One backend behind every port interface; what the API and graph-seed hold.</summary>
public interface IGraphStore : IGraphWriter, IGraphReader, IGraphTraversals, IGraphSearch, IGraphAggregations, IGraphExchange, IAsyncDisposable
{
    /// <summary>"sqlite" or "neo4j".</summary>
    string Backend { get; }

    /// <summary>Bumped by every ingest, delete and curation; response caches key on it.</summary>
    Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>True when no report has been loaded (the API seeds the five reports then).</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);

    Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default);

    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
