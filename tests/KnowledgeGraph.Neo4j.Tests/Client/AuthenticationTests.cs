using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Client.Errors;
using KnowledgeGraph.Neo4j.Tests.FakeServer;

namespace KnowledgeGraph.Neo4j.Tests.Client;

public sealed class BearerAuthenticationTests : QueryClientTestBase
{
    protected override Neo4jOptions Configure(Neo4jOptions options) => options with { User = null, Password = null, BearerToken = "eyJhbGciOi.sso.token" };

    [Fact]
    public async Task A_bearer_token_is_sent_as_is()
    {
        Server.Then(ScriptedResponse.Recorded("query-document-node"));

        await Client.RunAsync("RETURN 1", null, CancellationToken.None);

        Assert.Equal("Bearer eyJhbGciOi.sso.token", Assert.Single(Server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_rejected_token_is_an_authentication_failure_and_is_not_retried()
    {
        Server.Then(ScriptedResponse.Recorded("error-unauthorized", 401)).Then(ScriptedResponse.Recorded("query-document-node"));

        var e = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => Client.RunAsync("RETURN 1", null, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", e.Code);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_bare_401_without_a_body_is_an_authentication_failure_too()
    {
        Server.Then(new ScriptedResponse(401, null));

        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => Client.RunAsync("RETURN 1", null, CancellationToken.None));
    }
}
