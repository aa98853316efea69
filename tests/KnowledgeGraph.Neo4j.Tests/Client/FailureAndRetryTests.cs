using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Client.Errors;
using KnowledgeGraph.Neo4j.Tests.FakeServer;

namespace KnowledgeGraph.Neo4j.Tests.Client;

public sealed class FailureAndRetryTests : QueryClientTestBase
{
    [Fact]
    public async Task A_transient_error_is_retried_and_the_retry_succeeds()
    {
        Server.Then(ScriptedResponse.Recorded("error-deadlock", 503)).Then(ScriptedResponse.Recorded("query-document-node"));

        var result = await Client.RunAsync("MATCH (d:Document) RETURN d, d.title AS title", null, CancellationToken.None);

        Assert.Single(result.Records);
        Assert.Equal(2, Server.Requests.Count);
        Assert.Equal(Server.Requests[0].Body, Server.Requests[1].Body);
    }

    [Fact]
    public async Task Transient_errors_past_the_retry_budget_surface_as_transient()
    {
        for (var i = 0; i < 3; i++) Server.Then(ScriptedResponse.Recorded("error-deadlock", 503));

        var e = await Assert.ThrowsAsync<Neo4jTransientException>(() => Client.RunAsync("RETURN 1", null, CancellationToken.None));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", e.Code);
        Assert.True(e.IsRetryable);
        Assert.Equal(3, Server.Requests.Count); // first try + MaxRetries (2)
    }

    [Fact]
    public async Task A_syntax_error_is_a_client_error_with_its_code_and_is_never_retried()
    {
        Server.Then(ScriptedResponse.Recorded("error-syntax", 400)).Then(ScriptedResponse.Recorded("query-document-node"));

        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => Client.RunAsync("RETRN 1", null, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Contains("Invalid input 'RETRN'", e.Message);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_database_error_is_reported_as_such_and_not_retried()
    {
        Server.Then(ScriptedResponse.Recorded("error-database", 500)).Then(ScriptedResponse.Recorded("query-document-node"));

        var e = await Assert.ThrowsAsync<Neo4jDatabaseException>(() => Client.RunAsync("RETURN 1", null, CancellationToken.None));

        Assert.Equal("Neo.DatabaseError.General.UnknownError", e.Code);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task An_error_body_decides_even_when_the_status_says_accepted()
    {
        Server.Then(ScriptedResponse.Recorded("error-syntax", 202));

        await Assert.ThrowsAsync<Neo4jClientException>(() => Client.RunAsync("RETRN 1", null, CancellationToken.None));
    }

    [Fact]
    public async Task A_proxy_saying_service_unavailable_is_retried()
    {
        Server.Then(new ScriptedResponse(503, "<html>upstream down</html>")).Then(ScriptedResponse.Recorded("query-document-node"));

        var result = await Client.RunAsync("RETURN 1", null, CancellationToken.None);

        Assert.Single(result.Records);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        Server.Then(ScriptedResponse.Dropped()).Then(ScriptedResponse.Recorded("query-document-node"));

        var result = await Client.RunAsync("RETURN 1", null, CancellationToken.None);

        Assert.Single(result.Records);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task A_malformed_answer_is_a_protocol_error()
    {
        Server.Then(ScriptedResponse.Json(202, """{"data":{"fields":["x"],"values":[[{"_value":"no type"}]]}}"""));

        await Assert.ThrowsAsync<Neo4jProtocolException>(() => Client.RunAsync("RETURN 1", null, CancellationToken.None));
    }

    [Fact]
    public async Task The_caller_cancelling_is_a_cancellation_not_a_timeout()
    {
        Server.Then(ScriptedResponse.Stalled());
        using var cts = new CancellationTokenSource();
        var run = Client.RunAsync("RETURN 1", null, cts.Token);
        while (Server.Requests.Count == 0) await Task.Delay(10);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }
}

public sealed class TimeoutTests : QueryClientTestBase
{
    protected override Neo4jOptions Configure(Neo4jOptions options) => options with { RequestTimeout = TimeSpan.FromSeconds(2) };

    [Fact]
    public async Task A_server_that_never_answers_ends_in_a_timeout_that_is_not_retried()
    {
        Server.Then(ScriptedResponse.Stalled()).Then(ScriptedResponse.Recorded("query-document-node"));

        var e = await Assert.ThrowsAsync<Neo4jTimeoutException>(() => Client.RunAsync("RETURN 1", null, CancellationToken.None));

        Assert.False(e.IsRetryable);
        Assert.Single(Server.Requests);
    }
}

public sealed class UnreachableServerTests
{
    [Fact]
    public async Task A_refused_connection_is_service_unavailable_after_the_retries()
    {
        // A port that was just free: nothing listens there.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var client = new Neo4jQueryClient(new Neo4jOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        });

        var e = await Assert.ThrowsAsync<Neo4jServiceUnavailableException>(() => client.RunAsync("RETURN 1", null, CancellationToken.None));

        Assert.True(e.IsRetryable);
        Assert.IsType<HttpRequestException>(e.InnerException);
    }
}
