using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;

namespace KnowledgeGraph.Caching.Tests.Resp;

/// <summary>Behaviour that needs a server configured or paused just for the test.</summary>
public class OwnServerBehaviourTests
{
    [RedisFact]
    public async Task Without_HELLO_the_client_falls_back_to_RESP2_and_authenticates_with_AUTH()
    {
        // A server that does not know HELLO, as Redis 5 or some proxies: renamed away.
        await using var server = await RedisServer.StartAsync("--rename-command", "HELLO", "", "--requirepass", "平鲁-2020");
        await using var client = Clients.Client(server, ",password=平鲁-2020");

        await client.SetAsync("kg:fallback", "ok"u8.ToArray());

        Assert.Equal(RedisProtocol.Resp2, client.Protocol);
        Assert.Equal("ok"u8.ToArray(), await client.GetAsync("kg:fallback"));
    }

    [RedisFact]
    public async Task A_command_without_a_reply_in_time_fails_and_later_replies_still_reach_the_right_callers()
    {
        await using var server = await RedisServer.StartAsync();
        await using var admin = Clients.Client(server);
        await using var client = Clients.Client(server, ",syncTimeout=300");
        await client.SetAsync("kg:late", "first"u8.ToArray());

        // Writes are held for 3 s; the SET's reply comes late, after our caller has given up on it.
        await admin.ExecuteAsync(RedisRequest.Create("CLIENT", "PAUSE", 3_000, "WRITE"));
        await Assert.ThrowsAsync<RedisTimeoutException>(() => client.SetAsync("kg:late", "second"u8.ToArray()));

        // The late reply is dropped in order: the next caller gets its own answer, not the SET's "OK".
        await Eventually.TrueAsync(
            async () =>
            {
                try
                {
                    return await client.GetAsync("kg:late") is { } value && value.AsSpan().SequenceEqual("second"u8);
                }
                catch (RedisTimeoutException)
                {
                    return false; // GET waits behind the paused SET until the pause ends
                }
            },
            "the paused write lands and the connection stays in step");
        Assert.Equal(1, await client.IncrAsync("kg:late-counter"));
    }
}
