namespace KnowledgeGraph.Storage;

/// <summary>Readiness of a store: whether a read round trip succeeded, how long it took, and what went wrong.</summary>
public sealed record StoreHealth(bool Healthy, string Backend, TimeSpan Latency, long GraphVersion, string? Detail);
