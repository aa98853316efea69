using KnowledgeGraph.Caching.Resp;

namespace KnowledgeGraph.Caching.Tests.Infrastructure;

/// <summary>Clients against a test server, with short connect timeouts and quick reconnects.</summary>
public static class Clients
{
    public static RedisOptions Options(RedisServer server, string extra = "")
    {
        var options = RedisOptions.Parse($"{server.Endpoint},connectTimeout=2000,syncTimeout=10000{extra}");
        options.ClientName ??= "test-" + Guid.NewGuid().ToString("N")[..12];
        options.ReconnectDelay = TimeSpan.FromMilliseconds(20);
        options.MaxReconnectDelay = TimeSpan.FromMilliseconds(200);
        return options;
    }

    public static RedisClient Client(RedisServer server, string extra = "") => new(Options(server, extra));

    public static RedisSubscriber Subscriber(RedisServer server, string extra = "") => new(Options(server, extra));

    public static string UniqueKey(string name) => $"test:{name}:{Guid.NewGuid():N}";
}
