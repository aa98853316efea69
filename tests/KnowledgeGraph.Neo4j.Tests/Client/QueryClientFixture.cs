using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Tests.FakeServer;

namespace KnowledgeGraph.Neo4j.Tests.Client;

/// <summary>A fresh fake server and a client pointed at it, with short back-off so retries stay quick.</summary>
public abstract class QueryClientTestBase : IAsyncLifetime
{
    protected FakeQueryApiServer Server { get; private set; } = null!;

    protected Neo4jQueryClient Client { get; private set; } = null!;

    protected virtual Neo4jOptions Configure(Neo4jOptions options) => options;

    public async Task InitializeAsync()
    {
        Server = await FakeQueryApiServer.StartAsync();
        Client = new Neo4jQueryClient(Configure(new Neo4jOptions
        {
            BaseAddress = Server.BaseAddress,
            Database = "neo4j",
            User = "neo4j",
            Password = "法治-secret",
            RequestTimeout = TimeSpan.FromSeconds(20),
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        }));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    protected static Dictionary<string, object?> Params(params (string Key, object? Value)[] items) =>
        items.ToDictionary(i => i.Key, i => i.Value);
}
