using System.Text;
using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;

namespace KnowledgeGraph.Caching.Tests.Resp;

public class RedisClientTests(SharedRedisServer redis) : IClassFixture<SharedRedisServer>
{
    private const string Sentence = "县司法局牵头，将行政处罚等38项行政执法事项下放至各乡镇（街道）。";

    [RedisFact]
    public async Task Text_round_trips_through_SET_and_GET()
    {
        await using var client = Clients.Client(redis.Server);
        var key = Clients.UniqueKey("text");

        Assert.True(await client.SetAsync(key, Encoding.UTF8.GetBytes(Sentence)));
        Assert.Equal(Sentence, Encoding.UTF8.GetString((await client.GetAsync(key))!));
        Assert.Null(await client.GetAsync(key + ":missing"));
        Assert.Equal(RedisProtocol.Resp3, client.Protocol);
    }

    [RedisFact]
    public async Task Binary_values_keep_every_byte()
    {
        await using var client = Clients.Client(redis.Server);
        var key = Clients.UniqueKey("binary");
        var value = Enumerable.Range(0, 256 * 4).Select(i => (byte)i).ToArray(); // includes \r, \n and \0

        await client.SetAsync(key, value);
        Assert.Equal(value, await client.GetAsync(key));

        await client.SetAsync(key, ReadOnlyMemory<byte>.Empty);
        var empty = await client.GetAsync(key);
        Assert.NotNull(empty);
        Assert.Empty(empty);
    }

    [RedisFact]
    public async Task A_ten_megabyte_value_round_trips()
    {
        await using var client = Clients.Client(redis.Server);
        var key = Clients.UniqueKey("large");
        var value = new byte[10 * 1024 * 1024];
        new Random(8).NextBytes(value);

        await client.SetAsync(key, value);
        var back = await client.GetAsync(key);
        Assert.NotNull(back);
        Assert.True(value.AsSpan().SequenceEqual(back));
        await client.DelAsync([key]);
    }

    [RedisFact]
    public async Task SET_with_NX_keeps_the_first_value_and_PX_sets_a_millisecond_expiry()
    {
        await using var client = Clients.Client(redis.Server);
        var key = Clients.UniqueKey("nx");

        Assert.True(await client.SetAsync(key, "first"u8.ToArray(), onlyIfNotExists: true));
        Assert.False(await client.SetAsync(key, "second"u8.ToArray(), onlyIfNotExists: true));
        Assert.Equal("first"u8.ToArray(), await client.GetAsync(key));

        await client.SetAsync(key, "expiring"u8.ToArray(), TimeSpan.FromMilliseconds(90_000));
        var ttl = (await client.ExecuteAsync(RedisRequest.Create("PTTL", key))).AsInt64();
        Assert.InRange(ttl, 1, 90_000);

        Assert.True(await client.ExpireAsync(key, TimeSpan.FromSeconds(30)));
        Assert.InRange((await client.ExecuteAsync(RedisRequest.Create("PTTL", key))).AsInt64(), 1, 30_000);
        Assert.False(await client.ExpireAsync(key + ":missing", TimeSpan.FromSeconds(30)));
    }

    [RedisFact]
    public async Task DEL_MGET_and_INCR_behave_as_Redis_documents()
    {
        await using var client = Clients.Client(redis.Server);
        var a = Clients.UniqueKey("a");
        var b = Clients.UniqueKey("b");
        var counter = Clients.UniqueKey("counter");

        await client.SetAsync(a, "甲"u8.ToArray());
        await client.SetAsync(b, "乙"u8.ToArray());
        var values = await client.MGetAsync([a, "test:none", b]);
        Assert.Equal(["甲"u8.ToArray(), null, "乙"u8.ToArray()], values);

        Assert.Equal(2, await client.DelAsync([a, b, "test:none"]));
        Assert.Equal(0, await client.DelAsync([a]));

        Assert.Equal(1, await client.IncrAsync(counter));
        Assert.Equal(2, await client.IncrAsync(counter));
    }

    [RedisFact]
    public async Task SCAN_enumerates_every_matching_key_across_pages()
    {
        await using var client = Clients.Client(redis.Server);
        var prefix = Clients.UniqueKey("scan");
        var expected = Enumerable.Range(0, 1200).Select(i => $"{prefix}:{i}").ToHashSet();
        await Task.WhenAll(expected.Select(key => client.SetAsync(key, "1"u8.ToArray())));

        var seen = new HashSet<string>();
        await foreach (var key in client.ScanAsync(prefix + ":*", pageSize: 100))
        {
            seen.Add(key); // SCAN may return a key more than once; the set absorbs that
        }

        Assert.Equal(expected, seen);
    }

    [RedisFact]
    public async Task PING_INFO_and_PUBLISH_answer()
    {
        await using var client = Clients.Client(redis.Server);

        Assert.True(await client.PingAsync() > TimeSpan.Zero);
        Assert.Contains("redis_version:", await client.InfoAsync("server"), StringComparison.Ordinal);
        Assert.Equal(0, await client.PublishAsync(Clients.UniqueKey("nobody-listens"), "x"u8.ToArray()));
    }

    [RedisFact]
    public async Task Any_command_runs_through_ExecuteAsync_and_error_replies_throw()
    {
        await using var client = Clients.Client(redis.Server);
        var key = Clients.UniqueKey("hash");

        await client.ExecuteAsync("HSET", [key, "region", "高邑县", "year", 2023]);
        var all = await client.ExecuteAsync(RedisRequest.Create("HGETALL", key));
        Assert.Equal(RespType.Map, all.Type); // RESP3 answers HGETALL with a map
        Assert.Equal(["region", "高邑县", "year", "2023"], all.Items.Select(i => i.AsString()));

        var error = await Assert.ThrowsAsync<RedisServerException>(() => client.IncrAsync(key));
        Assert.Equal("WRONGTYPE", error.ErrorCode);

        // The connection is still in step after an error reply.
        Assert.Equal("2", (await client.ExecuteAsync(RedisRequest.Create("HLEN", key))).AsString());
    }

    [RedisFact]
    public async Task Many_concurrent_callers_share_one_pipelined_connection_and_each_gets_its_own_reply()
    {
        await using var client = Clients.Client(redis.Server);
        var prefix = Clients.UniqueKey("pipeline");
        const int Callers = 2000;

        await Task.WhenAll(Enumerable.Range(0, Callers).Select(i =>
            client.SetAsync($"{prefix}:{i}", Encoding.UTF8.GetBytes($"value {i}"))));
        var replies = await Task.WhenAll(Enumerable.Range(0, Callers).Select(async i =>
            (i, value: Encoding.UTF8.GetString((await client.GetAsync($"{prefix}:{i}"))!))));
        var counter = prefix + ":counter";
        var increments = await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => client.IncrAsync(counter)));

        Assert.All(replies, r => Assert.Equal($"value {r.i}", r.value));
        Assert.Equal(Enumerable.Range(1, Callers).Select(i => (long)i), increments.Order());
        // All of it went over a single connection: the server saw one client with this name.
        var clients = (await client.ExecuteAsync(RedisRequest.Create("CLIENT", "LIST"))).AsString()!;
        Assert.Single(clients.Split('\n'), line => line.Contains($"name={client.Options.ClientName} ", StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task RESP2_is_spoken_when_asked_for()
    {
        await using var client = Clients.Client(redis.Server, ",protocol=resp2");
        var key = Clients.UniqueKey("resp2");

        await client.ExecuteAsync(RedisRequest.Create("HSET", key, "a", "1"));
        var all = await client.ExecuteAsync(RedisRequest.Create("HGETALL", key));

        Assert.Equal(RedisProtocol.Resp2, client.Protocol);
        Assert.Equal(RespType.Array, all.Type); // RESP2 has no maps
        Assert.Null(await client.GetAsync(key + ":missing"));
        Assert.Equal(1, await client.IncrAsync(key + ":n"));
    }

    [RedisFact]
    public async Task defaultDatabase_selects_the_database()
    {
        await using var db3 = Clients.Client(redis.Server, ",defaultDatabase=3");
        await using var db0 = Clients.Client(redis.Server);
        var key = Clients.UniqueKey("select");

        await db3.SetAsync(key, "in three"u8.ToArray());

        Assert.Null(await db0.GetAsync(key));
        Assert.Equal("in three"u8.ToArray(), await db3.GetAsync(key));
        var info = (await db3.ExecuteAsync(RedisRequest.Create("CLIENT", "INFO"))).AsString();
        Assert.Contains(" db=3 ", info, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task An_ACL_user_authenticates_in_RESP3_and_in_RESP2()
    {
        await using var admin = Clients.Client(redis.Server);
        var user = "kg-" + Guid.NewGuid().ToString("N")[..8];
        await admin.ExecuteAsync(RedisRequest.Create("ACL", "SETUSER", user, "on", ">法治-secret", "~kg:*", "+@all"));

        foreach (var protocol in new[] { "resp3", "resp2" })
        {
            await using var client = Clients.Client(redis.Server, $",user={user},password=法治-secret,protocol={protocol}");
            await client.SetAsync("kg:acl", "ok"u8.ToArray());
            Assert.Equal(user, (await client.ExecuteAsync(RedisRequest.Create("ACL", "WHOAMI"))).AsString());

            // The ACL limits this user to kg:* keys: the server, not the client, says no.
            var denied = await Assert.ThrowsAsync<RedisServerException>(() => client.GetAsync("other:key"));
            Assert.Equal("NOPERM", denied.ErrorCode);
        }
    }

    [RedisFact]
    public async Task A_wrong_password_fails_the_connection_with_the_servers_reason()
    {
        await using var admin = Clients.Client(redis.Server);
        var user = "kg-" + Guid.NewGuid().ToString("N")[..8];
        await admin.ExecuteAsync(RedisRequest.Create("ACL", "SETUSER", user, "on", ">right", "~*", "+@all"));
        await using var client = Clients.Client(redis.Server, $",user={user},password=wrong");

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => client.PingAsync());

        var server = Assert.IsType<RedisServerException>(error.InnerException);
        Assert.Equal("WRONGPASS", server.ErrorCode);
    }

    [RedisFact]
    public async Task The_client_reconnects_after_CLIENT_KILL()
    {
        await using var admin = Clients.Client(redis.Server);
        await using var client = Clients.Client(redis.Server);
        var key = Clients.UniqueKey("kill");
        await client.SetAsync(key, "before"u8.ToArray());
        var firstId = await ClientIdAsync(client);
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.ConnectionLost += (_, _) => lost.TrySetResult();

        await admin.ExecuteAsync(RedisRequest.Create("CLIENT", "KILL", "ID", firstId));
        await lost.Task.WaitAsync(Eventually.Guard);

        Assert.Equal("before"u8.ToArray(), await client.GetAsync(key));
        Assert.NotEqual(firstId, await ClientIdAsync(client));
        Assert.True(client.IsConnected);
    }

    [RedisFact]
    public async Task A_caller_can_cancel_its_wait_without_upsetting_the_replies_of_others()
    {
        await using var client = Clients.Client(redis.Server);
        var list = Clients.UniqueKey("blocking");
        using var cancel = new CancellationTokenSource();

        // BLPOP blocks on the server; cancelling stops our wait, the reply still arrives later and is discarded.
        var blocked = client.ExecuteAsync(RedisRequest.Create("BLPOP", list, 0), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => blocked);

        await using var other = Clients.Client(redis.Server);
        await other.ExecuteAsync(RedisRequest.Create("RPUSH", list, "released"));
        Assert.Equal("PONG", (await client.ExecuteAsync(RedisRequest.Create("PING"))).AsString());
    }

    private static async Task<long> ClientIdAsync(IRedisClient client) =>
        (await client.ExecuteAsync(RedisRequest.Create("CLIENT", "ID"))).AsInt64();
}
