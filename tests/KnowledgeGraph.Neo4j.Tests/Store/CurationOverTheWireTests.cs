using KnowledgeGraph.Domain;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Neo4j.Tests.FakeServer;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Tests.Store;

/// <summary>
/// Curation as the server sees it: corrections arrive under the node's property names, typed, after the same checks
/// SQLite makes; what cannot be curated is refused before a request is sent.
/// </summary>
public sealed class CurationOverTheWireTests : IAsyncLifetime
{
    private static readonly CurationActor Curator = new("curator@example");
    private static readonly string Responsibility = StableId.For(NodeLabels.Responsibility, "report", "区长");
    private static readonly string KeptAgency = StableId.For(NodeLabels.Agency, "Region:x", "高邑县民宗局");
    private static readonly string MergedAgency = StableId.For(NodeLabels.Agency, "Region:x", "高邑县民族宗教事务局");
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
        if (statement == CurationStatements.FactById(NodeLabels.Responsibility).Text)
        {
            return ScriptedResponse.Json(202, """{"data":{"fields":["props","curation"],"values":[[{"$type":"Map","_value":{"id":{"$type":"String","_value":""" + "\"" + Responsibility
                + "\"" + """},"holder":{"$type":"String","_value":"区委书记"}}},{"$type":"String","_value":"Extracted"}]]}}""");
        }
        if (statement == ReadStatements.AliasesOf.Text)
        {
            return ScriptedResponse.Json(202, """{"data":{"fields":["mergedId","keptId"],"values":[[{"$type":"String","_value":""" + "\"" + MergedAgency + "\"},"
                + """{"$type":"String","_value":""" + "\"" + KeptAgency + "\"" + """}]]}}""");
        }
        if (statement == ReadStatements.NodesById(NodeLabels.Agency).Text
            && request.Json.GetProperty("parameters").GetProperty("ids").GetProperty("_value").EnumerateArray().Any(v => v.GetProperty("_value").GetString() == KeptAgency))
        {
            return ScriptedResponse.Json(202, """{"data":{"fields":["props"],"values":[[{"$type":"Map","_value":{"id":{"$type":"String","_value":""" + "\"" + KeptAgency
                + "\"" + """},"name":{"$type":"String","_value":"高邑县民宗局"},"kind":{"$type":"String","_value":"Government"}}}]]}}""");
        }
        if (statement == CurationStatements.CorrectionOf.Text)
            return ScriptedResponse.Json(202, """{"data":{"fields":["changes"],"values":[[{"$type":"Null","_value":null}]]}}""");
        if (statement == CurationStatements.Log.Text)
            return ScriptedResponse.Json(202, """{"data":{"fields":["version"],"values":[[{"$type":"Integer","_value":"7"}]]}}""");
        return ScriptedResponse.Json(202, """{"data":{"fields":[],"values":[]},"bookmarks":[]}""");
    }

    private Task<Neo4jGraphStore> OpenAsync() => Neo4jGraphStore.OpenAsync(new Neo4jOptions { BaseAddress = _server.BaseAddress, ApplySchemaOnOpen = false });

    private IEnumerable<string?> Statements() =>
        _server.Requests.Where(r => r.Body.Length > 0 && r.Json.TryGetProperty("statement", out _)).Select(r => r.Json.GetProperty("statement").GetString());

    [Fact]
    public async Task A_GraphQL_field_is_sent_as_the_property_it_is_stored_in()
    {
        await using var store = await OpenAsync();

        var result = await store.CorrectFactAsync(Responsibility, new Dictionary<string, string?> { ["holderName"] = " 区长 ", ["role"] = "牵头" }, Curator);

        Assert.Equal((FactStatus.Corrected, 7L), (result.Status, result.GraphVersion));
        var correct = Assert.Single(_server.Requests, r => r.Body.Length > 0 && r.Json.TryGetProperty("statement", out var s)
            && s.GetString() == CurationStatements.Correct(NodeLabels.Responsibility).Text);
        var changes = correct.Json.GetProperty("parameters").GetProperty("changes").GetProperty("_value");
        Assert.Equal(["holder", "role"], changes.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("区长", changes.GetProperty("holder").GetProperty("_value").GetString());
        Assert.Equal("Lead", changes.GetProperty("role").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task An_id_merged_away_reads_as_the_node_it_was_merged_into()
    {
        await using var store = await OpenAsync();

        var nodes = await store.GetNodesAsync([MergedAgency, KeptAgency, MergedAgency]);

        Assert.Equal(KeptAgency, Assert.IsType<AgencyNode>(nodes[MergedAgency]).Id);
        Assert.Equal(KeptAgency, nodes[KeptAgency].Id);
        Assert.Equal(2, nodes.Count);
    }

    [Fact]
    public async Task What_cannot_be_curated_is_refused_before_anything_is_sent()
    {
        await using var store = await OpenAsync();
        var power = StableId.For(NodeLabels.Power, "行政处罚", "宗教管理");

        var holder = await Assert.ThrowsAsync<CurationException>(() => store.CorrectFactAsync(Responsibility, new Dictionary<string, string?> { ["holder"] = "区长" }, Curator));
        Assert.Contains("holderName", holder.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CurationException>(() => store.CorrectFactAsync(Responsibility, new Dictionary<string, string?> { ["task"] = "x", ["year"] = "2020" }, Curator));
        await Assert.ThrowsAsync<CurationException>(() => store.ConfirmFactAsync(power, Curator));
        await Assert.ThrowsAsync<CurationException>(() => store.MergeEntitiesAsync(Responsibility, StableId.For(NodeLabels.Responsibility, "report", "区委书记"), Curator));
        await Assert.ThrowsAsync<CurationException>(() => store.MergeEntitiesAsync(power, power, Curator));

        Assert.Empty(Statements());
    }

    [Fact]
    public void Merging_moves_a_parent_region_or_issuer_only_to_a_node_without_one_and_fills_what_the_kept_node_lacks()
    {
        var parent = CurationStatements.MoveRelationships(NodeLabels.Region, Relation.PartOf, Direction.Outgoing).Text;
        var children = CurationStatements.MoveRelationships(NodeLabels.Region, Relation.PartOf, Direction.Incoming).Text;

        Assert.Contains("NOT (k)-[:PART_OF]->()", parent, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT (k)", children, StringComparison.Ordinal);
        Assert.Contains("k.issuerId = coalesce(k.issuerId, m.issuerId)", CurationStatements.FillFromMerged(NodeLabels.Document)!.Text, StringComparison.Ordinal);
        Assert.Null(CurationStatements.FillFromMerged(NodeLabels.Power));
        Assert.Equal(EntityMerge.MergeableLabels, GraphSchema.SharedLabels);
    }

    [Fact]
    public void Neighbours_are_sorted_by_the_rule_of_their_relation_with_the_undated_last()
    {
        Assert.Contains("ORDER BY id, b.name, b.id", ReadStatements.Neighbors(NodeLabels.Region, Relation.PartOf, Direction.Incoming).Text, StringComparison.Ordinal);
        Assert.Contains("ORDER BY id, b.date IS NULL, b.date, b.id", ReadStatements.Neighbors(NodeLabels.Agency, Relation.DelegatedFrom, Direction.Incoming).Text, StringComparison.Ordinal);
        Assert.Contains("ORDER BY id, e.ordinal", ReadStatements.Neighbors(NodeLabels.Delegation, Relation.DelegatedTo, Direction.Outgoing).Text, StringComparison.Ordinal);
        Assert.Contains("NOT b:Sentence", ReadStatements.Neighbors(NodeLabels.Report, Relation.StatedIn, Direction.Incoming).Text, StringComparison.Ordinal);
    }
}
