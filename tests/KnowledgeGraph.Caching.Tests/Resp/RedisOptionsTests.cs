using KnowledgeGraph.Caching.Resp;

namespace KnowledgeGraph.Caching.Tests.Resp;

public class RedisOptionsTests
{
    [Fact]
    public void A_StackExchange_style_connection_string_is_read()
    {
        var options = RedisOptions.Parse(
            "redis.internal:6380, [::1]:7000, password=s3cr=t,user=kg-api,defaultDatabase=2,ssl=true,sslHost=redis.example.cn,connectTimeout=1500,syncTimeout=800,name=api-1,abortConnect=false,protocol=resp2");

        Assert.Equal([new RedisEndpoint("redis.internal", 6380), new RedisEndpoint("::1", 7000)], options.Endpoints);
        Assert.Equal("s3cr=t", options.Password);
        Assert.Equal("kg-api", options.User);
        Assert.Equal(2, options.DefaultDatabase);
        Assert.True(options.Ssl);
        Assert.Equal("redis.example.cn", options.SslHost);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(800), options.SyncTimeout);
        Assert.Equal("api-1", options.ClientName);
        Assert.Equal(RedisProtocol.Resp2, options.Protocol);
    }

    [Fact]
    public void Defaults_are_those_of_StackExchange_Redis_with_RESP3_preferred()
    {
        var options = RedisOptions.Parse("localhost");
        Assert.Equal(new RedisEndpoint("localhost", 6379), Assert.Single(options.Endpoints));
        Assert.Equal(0, options.DefaultDatabase);
        Assert.False(options.Ssl);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.SyncTimeout);
        Assert.Equal(RedisProtocol.Resp3, options.Protocol);
    }

    [Fact]
    public void Without_a_port_TLS_endpoints_default_to_6380_as_in_StackExchange_Redis()
    {
        Assert.Equal(6380, Assert.Single(RedisOptions.Parse("redis.internal,ssl=true").Endpoints).Port);
        Assert.Equal(6379, Assert.Single(RedisOptions.Parse("redis.internal,ssl=false").Endpoints).Port);
        Assert.Equal(7000, Assert.Single(RedisOptions.Parse("redis.internal:7000,ssl=true").Endpoints).Port);
    }

    [Theory]
    [InlineData("password=x")]
    [InlineData("localhost,colour=blue")]
    [InlineData("localhost,defaultDatabase=two")]
    [InlineData("localhost:99999")]
    [InlineData("localhost,ssl=yes")]
    public void Bad_connection_strings_are_refused_with_a_reason(string connectionString)
    {
        var error = Assert.Throws<FormatException>(() => RedisOptions.Parse(connectionString));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
