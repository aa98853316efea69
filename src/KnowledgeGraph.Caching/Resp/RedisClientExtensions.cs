namespace KnowledgeGraph.Caching.Resp;

public static class RedisClientExtensions
{
    /// <summary>
    /// Any command by name: <c>client.ExecuteAsync("HSET", ["kg:h", "field", 1])</c>. Strings go as UTF-8, byte
    /// arrays and memory as they are, numbers in invariant culture.
    /// </summary>
    public static Task<RespValue> ExecuteAsync(
        this IRedisClient client, string command, IReadOnlyList<object> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(arguments);
        return client.ExecuteAsync(RedisRequest.Create(command, [.. arguments]), cancellationToken);
    }
}
