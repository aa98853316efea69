using System.Text;
using System.Threading.Channels;
using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;

namespace KnowledgeGraph.Caching.Tests.Resp;

/// <summary>These tests stop their own server, so each has one to itself.</summary>
public class ServerRestartTests
{
    [RedisFact]
    public async Task Commands_fail_while_the_server_is_down_and_work_again_after_it_restarts()
    {
        await using var server = await RedisServer.StartAsync();
        await using var client = Clients.Client(server);
        await client.SetAsync("kg:before", "1"u8.ToArray());

        await server.StopAsync();
        await Eventually.TrueAsync(() => !client.IsConnected, "the client notices the server is gone");
        await Assert.ThrowsAsync<RedisConnectionException>(() => client.GetAsync("kg:before"));

        await server.StartAsync();
        await Eventually.TrueAsync(() => client.IsConnected, "the client reconnects on its own");

        Assert.Null(await client.GetAsync("kg:before")); // nothing persisted: a fresh server
        await client.SetAsync("kg:after", "2"u8.ToArray());
        Assert.Equal("2"u8.ToArray(), await client.GetAsync("kg:after"));
    }

    [RedisFact]
    public async Task Subscriptions_come_back_after_a_server_restart()
    {
        await using var server = await RedisServer.StartAsync();
        await using var subscriber = Clients.Subscriber(server);
        await using var publisher = Clients.Client(server);
        var received = Channel.CreateUnbounded<string>();
        await using var subscription = await subscriber.SubscribeAsync("kg:graph-version", m => received.Writer.TryWrite(Encoding.UTF8.GetString(m.Payload.Span)));

        await server.StopAsync();
        await Eventually.TrueAsync(() => !subscriber.IsConnected, "the subscriber notices the server is gone");
        await server.StartAsync();

        await Eventually.TrueAsync(async () => await publisher.PublishAsync("kg:graph-version", "42"u8.ToArray()) == 1, "the channel is subscribed again");
        Assert.Equal("42", await received.Reader.ReadAsync().AsTask().WaitAsync(Eventually.Guard));
    }
}
