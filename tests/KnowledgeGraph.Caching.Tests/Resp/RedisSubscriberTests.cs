using System.Text;
using System.Threading.Channels;
using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;

namespace KnowledgeGraph.Caching.Tests.Resp;

public class RedisSubscriberTests(SharedRedisServer redis) : IClassFixture<SharedRedisServer>
{
    [RedisTheory]
    [InlineData("resp3")]
    [InlineData("resp2")]
    public async Task Published_messages_reach_the_subscriber_with_their_bytes_intact(string protocol)
    {
        await using var publisher = Clients.Client(redis.Server);
        await using var subscriber = Clients.Subscriber(redis.Server, $",protocol={protocol}");
        var channel = Clients.UniqueKey("channel");
        var received = Channel.CreateUnbounded<RedisMessage>();
        byte[] payload = [0, 13, 10, .. Encoding.UTF8.GetBytes("阳谷县 2023")];

        await using (await subscriber.SubscribeAsync(channel, m => received.Writer.TryWrite(m)))
        {
            Assert.Equal(1, await publisher.PublishAsync(channel, payload));
            var message = await received.Reader.ReadAsync().AsTask().WaitAsync(Eventually.Guard);
            Assert.Equal(channel, message.Channel);
            Assert.Equal(payload, message.Payload.ToArray());
        }

        // Unsubscribed: the server counts no receiver any more.
        await Eventually.TrueAsync(async () => await publisher.PublishAsync(channel, payload) == 0, "the unsubscribe reaches the server");
    }

    [RedisFact]
    public async Task Two_handlers_on_one_channel_both_hear_and_the_channel_stays_while_one_remains()
    {
        await using var publisher = Clients.Client(redis.Server);
        await using var subscriber = Clients.Subscriber(redis.Server);
        var channel = Clients.UniqueKey("shared");
        var first = Channel.CreateUnbounded<string>();
        var second = Channel.CreateUnbounded<string>();

        var one = await subscriber.SubscribeAsync(channel, m => first.Writer.TryWrite(Encoding.UTF8.GetString(m.Payload.Span)));
        await using var two = await subscriber.SubscribeAsync(channel, m => second.Writer.TryWrite(Encoding.UTF8.GetString(m.Payload.Span)));
        await publisher.PublishAsync(channel, "a"u8.ToArray());
        Assert.Equal("a", await first.Reader.ReadAsync().AsTask().WaitAsync(Eventually.Guard));
        Assert.Equal("a", await second.Reader.ReadAsync().AsTask().WaitAsync(Eventually.Guard));

        await one.DisposeAsync();
        await publisher.PublishAsync(channel, "b"u8.ToArray());
        Assert.Equal("b", await second.Reader.ReadAsync().AsTask().WaitAsync(Eventually.Guard));
        Assert.False(first.Reader.TryRead(out _));
    }

    [RedisFact]
    public async Task The_subscriber_resubscribes_after_CLIENT_KILL()
    {
        await using var admin = Clients.Client(redis.Server);
        await using var subscriber = Clients.Subscriber(redis.Server);
        var channel = Clients.UniqueKey("resubscribe");
        var received = Channel.CreateUnbounded<string>();
        var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = await subscriber.SubscribeAsync(channel, m => received.Writer.TryWrite(Encoding.UTF8.GetString(m.Payload.Span)));
        subscriber.Connected += (_, _) => reconnected.TrySetResult();

        await admin.ExecuteAsync(RedisRequest.Create("CLIENT", "KILL", "TYPE", "pubsub"));
        await reconnected.Task.WaitAsync(Eventually.Guard);

        Assert.Equal(1, await admin.PublishAsync(channel, "after"u8.ToArray()));
        Assert.Equal("after", await received.Reader.ReadAsync().AsTask().WaitAsync(Eventually.Guard));
    }
}
