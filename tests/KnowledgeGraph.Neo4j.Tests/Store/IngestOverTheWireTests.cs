using System.Text.Json;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Neo4j.Tests.FakeServer;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Neo4j.Tests.Store;

/// <summary>
/// A report ingest as the server sees it: one explicit transaction, batched UNWIND writes, only registered statements.
/// The fake server plays an empty database (no earlier version of the report, no aliases).
/// </summary>
public sealed class IngestOverTheWireTests : IAsyncLifetime
{
    private const string Empty = """{"data":{"fields":[],"values":[]},"bookmarks":[]}""";
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        _server.Otherwise = Answer;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static ScriptedResponse Answer(RecordedRequest request)
    {
        if (ScriptedResponse.TransactionProtocol(request) is { } protocol) return protocol;
        var statement = request.Json.GetProperty("statement").GetString();
        if (statement == IngestStatements.ExistingReport.Text)
            return ScriptedResponse.Json(202, """{"data":{"fields":["contentHash","mentions"],"values":[[{"$type":"Null","_value":null},{"$type":"List","_value":[]}]]}}""");
        if (statement == IngestStatements.BumpVersion.Text)
            return ScriptedResponse.Json(202, """{"data":{"fields":["version"],"values":[[{"$type":"Integer","_value":"1"}]]}}""");
        return ScriptedResponse.Json(202, Empty);
    }

    [Fact]
    public async Task A_report_is_written_in_one_transaction_of_registered_batched_statements()
    {
        await using var store = await Neo4jGraphStore.OpenAsync(new Neo4jOptions
        {
            BaseAddress = _server.BaseAddress, User = "neo4j", Password = "secret", WriteBatchSize = 4, ApplySchemaOnOpen = false,
        });
        var report = HandBuiltReports.Gaoyi();

        var result = await store.IngestAsync(report);

        // after discovery: where the graph already has the county (one auto-commit read; the fake graph has none) ...
        var placement = _server.Requests.Skip(1).TakeWhile(r => r.Path == "/db/neo4j/query/v2").ToList();
        Assert.Contains("Region", Assert.Single(placement).Json.GetProperty("statement").GetString(), StringComparison.Ordinal);
        // ... then the write transaction
        var requests = _server.Requests.Skip(1 + placement.Count).ToList();
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.EndsWith("/tx/8/commit", requests[^1].Path, StringComparison.Ordinal);
        var runs = requests.Skip(1).SkipLast(1).ToList();
        Assert.All(runs, r => Assert.Equal(("POST", "/db/neo4j/query/v2/tx/8"), (r.Method, r.Path)));

        var registered = CypherRegistry.All.Select(s => s.Text).ToHashSet();
        Assert.All(runs, r => Assert.Contains(r.Json.GetProperty("statement").GetString()!, registered));
        var batches = runs.Select(r => r.Json.GetProperty("parameters")).Where(p => p.TryGetProperty("rows", out _))
            .Select(p => p.GetProperty("rows").GetProperty("_value").GetArrayLength()).ToList();
        Assert.All(batches, n => Assert.InRange(n, 0, 4));
        Assert.Contains(batches, n => n == 4); // the report has more rows of some kind than one batch holds

        // a reload restates recipients and powers: the report's old links are cleared before they are written
        var statements = runs.Select(r => r.Json.GetProperty("statement").GetString()).ToList();
        var clear = statements.IndexOf(IngestStatements.ClearDelegationLinks.Text);
        Assert.InRange(clear, 0, Math.Min(statements.IndexOf(IngestStatements.MergeRecipients.Text), statements.IndexOf(IngestStatements.MergeCovers.Text)));
        Assert.Equal(result.ReportId, runs[clear].Json.GetProperty("parameters").GetProperty("reportId").GetProperty("_value").GetString());

        var reportWrite = runs.Single(r => r.Json.GetProperty("statement").GetString() == IngestStatements.MergeReport.Text);
        var text = reportWrite.Json.GetProperty("parameters").GetProperty("text");
        Assert.Equal(("String", report.OriginalText), (text.GetProperty("$type").GetString(), text.GetProperty("_value").GetString()));

        Assert.Equal(IngestOutcome.Added, result.Outcome);
        Assert.Equal(1, result.GraphVersion);
        Assert.True(result.FactsAdded > 0);
        Assert.Equal((0, 0, 0), (result.FactsUpdated, result.FactsUnchanged, result.FactsRemoved));
    }

    [Fact]
    public async Task A_catalogued_matter_is_written_as_its_own_power_with_its_item()
    {
        const string item = "对未取得燃气经营许可证从事燃气经营活动的处罚";
        var report = HandBuiltReports.Gaoyi();
        var first = report.Delegations[0];
        report = report with { Delegations = [first with { Powers = [.. first.Powers, new PowerRef("行政处罚", "燃气管理", item)] }, .. report.Delegations.Skip(1)] };
        await using var store = await Neo4jGraphStore.OpenAsync(new Neo4jOptions { BaseAddress = _server.BaseAddress, ApplySchemaOnOpen = false });

        await store.IngestAsync(report);

        var powers = _server.Requests.Where(r => r.Body.Length > 0 && r.Json.TryGetProperty("statement", out var s) && s.GetString() == IngestStatements.MergePowers.Text)
            .SelectMany(r => r.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").EnumerateArray())
            .Select(row => row.GetProperty("_value")).ToList();
        var matter = Assert.Single(powers, p => p.GetProperty("item").GetProperty("$type").GetString() == "String");
        Assert.Equal(item, matter.GetProperty("item").GetProperty("_value").GetString());
        Assert.Equal(ReportGraphBuilder.PowerIdFor("行政处罚", "燃气管理", item), matter.GetProperty("id").GetProperty("_value").GetString());
        Assert.All(powers.Where(p => p.GetProperty("item").GetProperty("$type").GetString() != "String"),
            p => Assert.Equal("Null", p.GetProperty("item").GetProperty("$type").GetString()));
    }

    [Fact]
    public void A_power_line_with_an_item_converts_to_Neo4j_and_back_unchanged()
    {
        var line = """{"type":"Power","id":"Power:x","category":"行政处罚","field":"燃气管理","item":"对未取得燃气经营许可证从事燃气经营活动的处罚"}""";
        var (type, fields) = ExchangeFormat.Read(line, 1);

        var stored = ExchangeRows.ToNeo4j(type, fields);
        var back = ExchangeFormat.Write(type, ExchangeRows.ToLine(type, stored));

        Assert.Equal("对未取得燃气经营许可证从事燃气经营活动的处罚", stored["item"]);
        Assert.Equal(line + "\n", System.Text.Encoding.UTF8.GetString(back));
    }

    private static string UnchangedReport(string contentHash) =>
        """{"data":{"fields":["contentHash","mentions"],"values":[[{"$type":"String","_value":""" + JsonSerializer.Serialize(contentHash)
        + """},{"$type":"List","_value":[{"$type":"Map","_value":{"factId":{"$type":"String","_value":"Region:x"},"fingerprint":{"$type":"String","_value":"f"}}}]}]]}}""";

    [Fact]
    public async Task Loading_the_same_content_again_writes_nothing()
    {
        var report = HandBuiltReports.Gaoyi();
        _server.Otherwise = request =>
            request.Body.Length > 0 && request.Json.TryGetProperty("statement", out var s) && s.GetString() == IngestStatements.ExistingReport.Text
                ? ScriptedResponse.Json(202, UnchangedReport(report.ContentHash))
                : request.Body.Length > 0 && request.Json.TryGetProperty("statement", out var v) && v.GetString() == StoreStatements.GraphVersion.Text
                    ? ScriptedResponse.Json(202, """{"data":{"fields":["version"],"values":[[{"$type":"Integer","_value":"5"}]]}}""")
                    : Answer(request);
        await using var store = await Neo4jGraphStore.OpenAsync(new Neo4jOptions { BaseAddress = _server.BaseAddress, ApplySchemaOnOpen = false });

        var result = await store.IngestAsync(report);

        Assert.Equal((IngestOutcome.Unchanged, 1, 5L), (result.Outcome, result.FactsUnchanged, result.GraphVersion));
        var statements = _server.Requests.Where(r => r.Body.Length > 0 && r.Json.TryGetProperty("statement", out _))
            .Select(r => r.Json.GetProperty("statement").GetString()).ToList();
        Assert.DoesNotContain(statements, s => s!.Contains("MERGE", StringComparison.Ordinal) || s.Contains("CREATE", StringComparison.Ordinal) || s.Contains("DELETE", StringComparison.Ordinal));
    }
}
