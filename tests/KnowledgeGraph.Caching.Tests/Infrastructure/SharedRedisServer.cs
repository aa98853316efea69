namespace KnowledgeGraph.Caching.Tests.Infrastructure;

/// <summary>One server for the test classes that never stop it; each test uses its own keys.</summary>
public sealed class SharedRedisServer : IAsyncLifetime
{
    private RedisServer? _server;

    public RedisServer Server => _server ?? throw new InvalidOperationException("redis-server is not running.");

    public async Task InitializeAsync()
    {
        if (RedisServerLocator.Find() is not null || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            _server = await RedisServer.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
