using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Client.Errors;
using KnowledgeGraph.Neo4j.Tests.FakeServer;

namespace KnowledgeGraph.Neo4j.Tests.Client;

public sealed class ExplicitTransactionTests : QueryClientTestBase
{
    private static readonly Dictionary<string, string> Affinity = new() { ["neo4j-cluster-affinity"] = "MTAuMC4wLjE6NzQ3NA==" };

    [Fact]
    public async Task Open_run_commit_follow_the_tx_endpoints_and_echo_the_affinity_header()
    {
        Server.Then(ScriptedResponse.Recorded("tx-open", 202, Affinity))
              .Then(ScriptedResponse.Recorded("tx-run"))
              .Then(ScriptedResponse.Recorded("tx-commit"));

        var tx = await Client.BeginTransactionAsync(Neo4jAccessMode.Write, CancellationToken.None);
        var result = await tx.RunAsync("MATCH (n) RETURN count(n) AS n", null, CancellationToken.None);
        var bookmarks = await tx.CommitAsync(CancellationToken.None);
        await tx.DisposeAsync();

        Assert.Equal("8", tx.Id);
        Assert.Equal(5L, result.Single()["n"]);
        // the expiry each answer reports (transaction.expires in the body; there is no expiry header)
        Assert.Equal(DateTimeOffset.Parse("2024-10-22T15:48:59Z", System.Globalization.CultureInfo.InvariantCulture), tx.Expires);
        Assert.Equal(["FB:kcwQ/committed"], bookmarks);
        var requests = Server.Requests;
        Assert.Equal(3, requests.Count); // dispose after commit sends nothing
        Assert.Equal(("POST", "/db/neo4j/query/v2/tx"), (requests[0].Method, requests[0].Path));
        Assert.Equal(("POST", "/db/neo4j/query/v2/tx/8"), (requests[1].Method, requests[1].Path));
        Assert.Equal(("POST", "/db/neo4j/query/v2/tx/8/commit"), (requests[2].Method, requests[2].Path));
        Assert.Null(requests[0].Header("neo4j-cluster-affinity"));
        Assert.Equal("MTAuMC4wLjE6NzQ3NA==", requests[1].Header("neo4j-cluster-affinity"));
        Assert.Equal("MTAuMC4wLjE6NzQ3NA==", requests[2].Header("neo4j-cluster-affinity"));
        Assert.Equal(["FB:kcwQ/committed"], Client.Bookmarks);
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        Server.Then(ScriptedResponse.Recorded("tx-open", 202, Affinity)).Then(ScriptedResponse.Recorded("tx-rollback"));

        await using (await Client.BeginTransactionAsync(Neo4jAccessMode.Write, CancellationToken.None))
        {
        }

        var rollback = Server.Requests[1];
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/8"), (rollback.Method, rollback.Path));
        Assert.Equal("MTAuMC4wLjE6NzQ3NA==", rollback.Header("neo4j-cluster-affinity"));
    }

    [Fact]
    public async Task A_read_transaction_is_opened_in_read_mode_with_the_last_bookmarks()
    {
        Server.Then(ScriptedResponse.Recorded("query-write-counters"))
              .Then(ScriptedResponse.Recorded("tx-open"))
              .Then(ScriptedResponse.Recorded("tx-run"))
              .Then(ScriptedResponse.Recorded("tx-commit"));

        await Client.RunAsync("CREATE (:Region {id: 'Region:x'})", null, CancellationToken.None);
        var n = await Client.ExecuteReadAsync(async (tx, ct) => (await tx.RunAsync("MATCH (n) RETURN count(n) AS n", null, ct)).Single().Get<long>("n"), CancellationToken.None);

        Assert.Equal(5, n);
        var open = Server.Requests[1].Json;
        Assert.Equal("Read", open.GetProperty("accessMode").GetString());
        Assert.Equal("FB:kcwQ/after-write", open.GetProperty("bookmarks")[0].GetString());
    }

    [Fact]
    public async Task A_transient_failure_inside_a_unit_of_work_reruns_the_whole_transaction()
    {
        Server.Then(ScriptedResponse.Recorded("tx-open"))
              .Then(ScriptedResponse.Recorded("error-deadlock", 503))
              .Then(ScriptedResponse.Recorded("tx-rollback"))   // the client cleans up after the failed statement
              .Then(ScriptedResponse.Recorded("tx-open"))
              .Then(ScriptedResponse.Recorded("tx-run"))
              .Then(ScriptedResponse.Recorded("tx-commit"));
        var attempts = 0;

        var n = await Client.ExecuteWriteAsync(async (tx, ct) =>
        {
            attempts++;
            return (await tx.RunAsync("MERGE (r:Region {id: $id}) RETURN 5 AS n", Params(("id", "Region:x")), ct)).Single().Get<long>("n");
        }, CancellationToken.None);

        Assert.Equal((5L, 2), (n, attempts));
        Assert.Equal(["POST", "POST", "DELETE", "POST", "POST", "POST"], Server.Requests.Select(r => r.Method));
        Assert.EndsWith("/commit", Server.Requests[^1].Path);
    }

    [Fact]
    public async Task A_client_error_inside_a_unit_of_work_rolls_back_and_is_not_retried()
    {
        Server.Then(ScriptedResponse.Recorded("tx-open"))
              .Then(ScriptedResponse.Recorded("error-syntax", 400))
              .Then(ScriptedResponse.Recorded("tx-rollback"));

        await Assert.ThrowsAsync<Neo4jClientException>(() =>
            Client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("RETRN 1", null, ct), CancellationToken.None));

        Assert.Equal(["POST", "POST", "DELETE"], Server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task An_expired_transaction_is_a_clear_client_error()
    {
        Server.Then(ScriptedResponse.Recorded("tx-open")).Then(ScriptedResponse.Recorded("error-tx-not-found", 404)).Then(ScriptedResponse.Recorded("tx-rollback"));
        var tx = await Client.BeginTransactionAsync(Neo4jAccessMode.Write, CancellationToken.None);

        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => tx.RunAsync("RETURN 1", null, CancellationToken.None));

        Assert.Contains("was not found", e.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync(CancellationToken.None));
    }
}
