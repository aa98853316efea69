namespace KnowledgeGraph.Caching.ResponseCache;

/// <summary>A response body as served, with its strong ETag and the graph version it was computed at.</summary>
public sealed record CachedResponse(ReadOnlyMemory<byte> Body, string ETag, long GraphVersion);
