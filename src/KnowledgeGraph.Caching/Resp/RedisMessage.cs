namespace KnowledgeGraph.Caching.Resp;

/// <summary>A message received on a subscribed channel.</summary>
public sealed record RedisMessage(string Channel, ReadOnlyMemory<byte> Payload);
