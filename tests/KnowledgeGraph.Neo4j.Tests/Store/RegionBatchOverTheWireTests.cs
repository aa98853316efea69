using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Neo4j.Tests.FakeServer;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Tests.Store;

/// <summary>
/// What the API's region DataLoaders send to Neo4j: one statement for many regions, the list's own filter as
/// parameters, the rows handed back to their regions; and a merge of nested regions refused before any write.
/// </summary>
public sealed class RegionBatchOverTheWireTests : IAsyncLifetime
{
    private const string Yueyang = "Region:yueyang";
    private const string Gongtian = "Region:gongtian";
    private const string Gaoyi = "Region:gaoyi";
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        _server.Otherwise = Answer;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Str(string value) => """{"$type":"String","_value":""" + JsonSerializer.Serialize(value) + "}";

    private static string Problem(string id, string regionId, int year) =>
        """{"$type":"Map","_value":{"id":""" + Str(id) + ""","reportId":""" + Str("Report:" + regionId) + ""","regionId":""" + Str(regionId)
        + ""","year":{"$type":"Integer","_value":""" + "\"" + year + "\"" + """},"text":""" + Str("执法监督仍需加强") + ""","status":""" + Str("Open") + "}}";

    private static string Delegation(string id, string regionId) =>
        """{"$type":"Map","_value":{"id":""" + Str(id) + ""","reportId":""" + Str("Report:" + regionId) + ""","regionId":""" + Str(regionId)
        + ""","mode":""" + Str("Devolve") + ""","itemCount":{"$type":"Integer","_value":"39"}}}""";

    private static ScriptedResponse Rows(string fields, params string[] rows) =>
        ScriptedResponse.Json(202, """{"data":{"fields":""" + fields + ""","values":[""" + string.Join(",", rows) + "]}}");

    private static ScriptedResponse Answer(RecordedRequest request)
    {
        if (ScriptedResponse.TransactionProtocol(request) is { } protocol) return protocol;
        var statement = request.Json.GetProperty("statement").GetString();
        if (statement == ListQueries.Problems(new ProblemFilter { Year = new IntMatch { Eq = 2021 } }, [new SortOrder<ProblemSortField>(ProblemSortField.Year)]).ByRegion.Text)
        {
            // the county holds its township's problem too (rows come grouped by region, in the list's order)
            return Rows("""["regionId","props"]""",
                "[" + Str(Yueyang) + "," + Problem("Problem:a", Yueyang, 2021) + "]",
                "[" + Str(Yueyang) + "," + Problem("Problem:b", Gongtian, 2021) + "]",
                "[" + Str(Gongtian) + "," + Problem("Problem:b", Gongtian, 2021) + "]");
        }
        if (statement == TraversalStatements.DelegationsReaching.Text)
        {
            return Rows("""["regionId","delegation","viaId","direct"]""",
                "[" + Str(Gongtian) + "," + Delegation("Delegation:first-batch", Yueyang) + "," + Str(Yueyang) + """,{"$type":"Boolean","_value":false}]""");
        }
        if (statement == CurationStatements.FactById(NodeLabels.Region).Text)
        {
            var id = request.Json.GetProperty("parameters").GetProperty("id").GetProperty("_value").GetString()!;
            return Rows("""["props","curation"]""", "[" + """{"$type":"Map","_value":{"id":""" + Str(id) + ""","name":""" + Str(id) + """}}""" + """,{"$type":"Null","_value":null}]""");
        }
        if (statement == CurationStatements.RegionsNested.Text) return Rows("""["nested"]""", """[{"$type":"Boolean","_value":true}]""");
        return ScriptedResponse.Json(202, """{"data":{"fields":[],"values":[]},"bookmarks":[]}""");
    }

    private Task<Neo4jGraphStore> OpenAsync() => Neo4jGraphStore.OpenAsync(new Neo4jOptions { BaseAddress = _server.BaseAddress, ApplySchemaOnOpen = false });

    private List<RecordedRequest> StatementRequests() =>
        _server.Requests.Where(r => r.Body.Length > 0 && r.Json.TryGetProperty("statement", out _)).ToList();

    private static List<string?> Values(JsonElement parameters, string name) =>
        parameters.GetProperty(name).GetProperty("_value").EnumerateArray().Select(v => v.GetProperty("_value").GetString()).ToList();

    [Fact]
    public async Task Problems_of_many_regions_are_one_statement_and_come_back_per_region_in_order()
    {
        await using var store = await OpenAsync();

        var problems = await store.ListProblemsByRegionAsync([Yueyang, Gongtian, Gaoyi, Yueyang], new ProblemFilter { Year = new IntMatch { Eq = 2021 } },
            [new SortOrder<ProblemSortField>(ProblemSortField.Year)], 500);

        var request = Assert.Single(StatementRequests());
        var parameters = request.Json.GetProperty("parameters");
        Assert.Equal([Yueyang, Gongtian, Gaoyi], Values(parameters, "regionIds"));
        Assert.Equal("500", parameters.GetProperty("limit").GetProperty("_value").GetString());
        Assert.Contains(parameters.EnumerateObject(), p => p.Value.GetProperty("_value").ToString() == "2021");
        Assert.Equal(["Problem:a", "Problem:b"], problems[Yueyang].Select(p => p.Id));
        Assert.Equal(["Problem:b"], problems[Gongtian].Select(p => p.Id));
        Assert.Empty(problems[Gaoyi]);
    }

    [Fact]
    public async Task Delegations_reaching_many_regions_are_one_statement_and_the_single_region_call_is_the_same_one()
    {
        await using var store = await OpenAsync();

        var reaching = await store.GetDelegationsReachingAsync([Gongtian, Gaoyi]);
        var single = await store.GetDelegationsReachingAsync(Gongtian);

        var requests = StatementRequests();
        Assert.Equal(2, requests.Count);
        Assert.Equal([Gongtian, Gaoyi], Values(requests[0].Json.GetProperty("parameters"), "regionIds"));
        Assert.Equal([Gongtian], Values(requests[1].Json.GetProperty("parameters"), "regionIds"));
        var reach = Assert.Single(reaching[Gongtian]);
        Assert.Equal(("Delegation:first-batch", Yueyang, false, 39), (reach.Delegation.Id, reach.ViaRegionId, reach.Direct, reach.Delegation.ItemCount));
        Assert.Empty(reaching[Gaoyi]);
        Assert.Equal(reach, Assert.Single(single));
    }

    [Fact]
    public async Task A_merge_of_a_region_into_its_parent_is_refused_before_anything_is_written()
    {
        await using var store = await OpenAsync();

        var refused = await Assert.ThrowsAsync<CurationException>(() => store.MergeEntitiesAsync(Yueyang, Gongtian, new CurationActor("curator@example")));

        Assert.Contains("part of the other", refused.Message, StringComparison.Ordinal);
        var sent = StatementRequests().Select(r => r.Json.GetProperty("statement").GetString()).ToList();
        Assert.Equal(CurationStatements.RegionsNested.Text, sent[^1]);
        Assert.DoesNotContain(sent, s => CurationStatements.MovesFor(NodeLabels.Region)
            .Any(m => CurationStatements.MoveRelationships(NodeLabels.Region, m.Relation, m.Direction).Text == s));
        Assert.DoesNotContain(CurationStatements.Log.Text, sent);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public void Recipients_and_the_reach_through_a_region_leave_out_what_a_curator_rejected()
    {
        Assert.Contains("coalesce(t.curation, 'Extracted') <> 'Rejected'", ReadStatements.Recipients.Text, StringComparison.Ordinal);
        Assert.Contains("coalesce(via.curation, 'Extracted') <> 'Rejected'", TraversalStatements.DelegationsReaching.Text, StringComparison.Ordinal);
        Assert.Contains("coalesce(b.curation, 'Extracted') <> 'Rejected'",
            ReadStatements.Neighbors(NodeLabels.Delegation, Relation.DelegatedTo, Direction.Outgoing).Text, StringComparison.Ordinal);
    }
}
