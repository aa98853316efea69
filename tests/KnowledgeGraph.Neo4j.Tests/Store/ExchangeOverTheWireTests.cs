using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Neo4j.Tests.FakeServer;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Fixtures;
using KnowledgeGraph.Storage.Tests.Sqlite;

namespace KnowledgeGraph.Neo4j.Tests.Store;

/// <summary>
/// One export format for both backends, checked without a server: the SQLite export of the five real reports (with
/// some curation) is imported into the Neo4j store against the fake Query API, and the Cypher batches it sends are
/// checked; then the fake server answers the export statements with those very rows, as Neo4j stores them (nulls
/// dropped, sorted by the statements' ORDER BY), and the Neo4j export must equal the SQLite export byte for byte.
/// </summary>
public sealed class ExchangeOverTheWireTests : IAsyncLifetime
{
    private const string Empty = """{"data":{"fields":[],"values":[]},"bookmarks":[]}""";
    private readonly TempDatabase _db = new();
    private FakeQueryApiServer _server = null!;
    private byte[] _sqliteExport = [];
    private string _correctedMetric = "";

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        _server.Otherwise = request => Answer(request, new Dictionary<string, string>());
        await using var sqlite = await SqliteGraphStore.OpenAsync(_db.NewPath());
        foreach (var report in ExtractedReports.All()) await sqlite.IngestAsync(report);
        // curation, so the export carries Correction, Curation and Alias lines and non-default statuses
        var lines = await ExportAsync(sqlite);
        string First(string type) => lines.Select(l => JsonDocument.Parse(l).RootElement)
            .First(e => e.GetProperty("type").GetString() == type).GetProperty("id").GetString()!;
        var agencies = lines.Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("type").GetString() == NodeLabels.Agency)
            .Select(e => e.GetProperty("id").GetString()!).Take(2).ToList();
        var curator = new CurationActor("审核员", "核对原文");
        _correctedMetric = First(NodeLabels.Metric);
        await sqlite.CorrectFactAsync(_correctedMetric, new Dictionary<string, string?> { ["value"] = "98.50", ["unit"] = "%" }, curator);
        await sqlite.ConfirmFactAsync(First(NodeLabels.Delegation), curator);
        await sqlite.RejectFactAsync(First(NodeLabels.Problem), curator);
        await sqlite.MergeEntitiesAsync(agencies[0], agencies[1], curator);
        using var buffer = new MemoryStream();
        await sqlite.ExportAsync(buffer);
        _sqliteExport = buffer.ToArray();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _db.Dispose();
    }

    private static async Task<List<string>> ExportAsync(IGraphStore store)
    {
        using var buffer = new MemoryStream();
        await store.ExportAsync(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static ScriptedResponse Answer(RecordedRequest request, IReadOnlyDictionary<string, string> exports)
    {
        if (ScriptedResponse.TransactionProtocol(request) is { } protocol) return protocol;
        var statement = request.Json.GetProperty("statement").GetString()!;
        if (statement == ExchangeStatements.StoreIsEmpty.Text)
            return ScriptedResponse.Json(202, """{"data":{"fields":["empty"],"values":[[{"$type":"Boolean","_value":true}]]}}""");
        if (statement == IngestStatements.BumpVersion.Text)
            return ScriptedResponse.Json(202, """{"data":{"fields":["version"],"values":[[{"$type":"Integer","_value":"1"}]]}}""");
        return ScriptedResponse.Json(202, exports.TryGetValue(statement, out var body) ? body : Empty);
    }

    private Task<Neo4jGraphStore> OpenNeo4jAsync() => Neo4jGraphStore.OpenAsync(new Neo4jOptions
    {
        BaseAddress = _server.BaseAddress, User = "neo4j", Password = "secret", WriteBatchSize = 50, ApplySchemaOnOpen = false,
    });

    /// <summary>The statements run inside the import's transaction, with their parameters.</summary>
    private async Task<List<(string Statement, JsonElement Parameters)>> ImportIntoNeo4jAsync()
    {
        await using var neo4j = await OpenNeo4jAsync();
        using (var input = new MemoryStream(_sqliteExport)) await neo4j.ImportAsync(input);
        var requests = _server.Requests.Skip(1).ToList(); // after discovery
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.EndsWith("/commit", requests[^1].Path, StringComparison.Ordinal);
        return requests.Skip(1).SkipLast(1)
            .Select(r => (r.Json.GetProperty("statement").GetString()!, r.Json.TryGetProperty("parameters", out var p) ? p.Clone() : default))
            .ToList();
    }

    private static List<JsonObject> RowsOf(IEnumerable<(string Statement, JsonElement Parameters)> runs, CypherStatement statement) =>
        runs.Where(r => r.Statement == statement.Text)
            .SelectMany(r => r.Parameters.GetProperty("rows").GetProperty("_value").EnumerateArray())
            .Select(row => JsonNode.Parse(row.GetRawText())!.AsObject())
            .ToList();

    private static string TypeOf(JsonObject row, string key) => row["_value"]![key]?["$type"]?.GetValue<string>() ?? "absent";

    private static string? StringOf(JsonObject row, string key) => row["_value"]![key]?["_value"]?.GetValue<string>();

    private List<JsonElement> SqliteLines(string type) =>
        Encoding.UTF8.GetString(_sqliteExport).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("type").GetString() == type).ToList();

    [Fact]
    public async Task The_SQLite_export_imports_as_registered_batched_Cypher_in_one_transaction()
    {
        var runs = await ImportIntoNeo4jAsync();

        var registered = CypherRegistry.All.Select(s => s.Text).ToHashSet();
        Assert.All(runs, r => Assert.Contains(r.Statement, registered));
        Assert.Equal(ExchangeStatements.StoreIsEmpty.Text, runs[0].Statement);
        Assert.Equal(IngestStatements.BumpVersion.Text, runs[^1].Statement);
        Assert.All(runs.Where(r => r.Parameters.ValueKind == JsonValueKind.Object && r.Parameters.TryGetProperty("rows", out _)),
            r => Assert.InRange(r.Parameters.GetProperty("rows").GetProperty("_value").GetArrayLength(), 1, 50));

        // every line becomes one row of its type's statement, in the export's order of types
        foreach (var type in ExchangeStatements.LineTypes)
            Assert.Equal(SqliteLines(type).Count, RowsOf(runs, ExchangeStatements.Import(type)).Count);
        var firstOfType = ExchangeStatements.LineTypes.Select(t => runs.FindIndex(r => r.Statement == ExchangeStatements.Import(t).Text))
            .Where(i => i >= 0).ToList();
        Assert.Equal(firstOfType.Order(), firstOfType);
        Assert.Equal(ExchangeStatements.ImpliedLinks.Select(s => s.Text), runs.Select(r => r.Statement).Where(s => ExchangeStatements.ImpliedLinks.Any(l => l.Text == s)));
    }

    [Fact]
    public async Task Imported_nodes_carry_the_property_types_an_ingest_writes()
    {
        var runs = await ImportIntoNeo4jAsync();

        var regions = RowsOf(runs, ExchangeStatements.CreateRows(NodeLabels.Region));
        var county = regions.Single(r => StringOf(r, "name") == "高邑县");
        Assert.Equal(("County", "Extracted"), (StringOf(county, "level"), StringOf(county, "curation")));

        var report = RowsOf(runs, ExchangeStatements.CreateRows(NodeLabels.Report)).First();
        Assert.Equal(("String", "Integer", "OffsetDateTime", "Integer"), (TypeOf(report, "text"), TypeOf(report, "year"), TypeOf(report, "loadedAt"), TypeOf(report, "textLength")));
        Assert.Equal(StringOf(report, "text")!.Length.ToString(CultureInfo.InvariantCulture), StringOf(report, "textLength"));
        Assert.Equal("absent", TypeOf(report, "originalText"));

        var metric = RowsOf(runs, ExchangeStatements.CreateRows(NodeLabels.Metric)).Single(m => StringOf(m, "id") == _correctedMetric);
        Assert.Equal(("Float", "98.50", "Corrected"), (TypeOf(metric, "value"), StringOf(metric, "valueText"), StringOf(metric, "curation")));

        var documents = RowsOf(runs, ExchangeStatements.CreateRows(NodeLabels.Document));
        Assert.Contains(documents, d => TypeOf(d, "date") == "Date");
        Assert.All(documents, d => Assert.Equal(StringOf(d, "title"), StringOf(d, "titleKey")));
        Assert.All(documents, d => Assert.Equal("absent", TypeOf(d, "issuerCode")));

        var agencies = RowsOf(runs, ExchangeStatements.CreateRows(NodeLabels.Agency));
        Assert.All(agencies, a => Assert.Equal("List", TypeOf(a, "aliases")));
        Assert.Contains(agencies, a => a["_value"]!["aliases"]!["_value"]!.AsArray().Count > 0); // the merge made one

        var recipients = RowsOf(runs, IngestStatements.MergeRecipients);
        Assert.All(recipients, r => Assert.Equal(("Integer", "Boolean"), (TypeOf(r, "ordinal"), TypeOf(r, "collective"))));

        var curation = RowsOf(runs, ExchangeStatements.CreateRows(GraphSchema.CurationEntry));
        Assert.Equal(["1", "2", "3", "4", "5"], curation.Select(c => StringOf(c, "sequence")));
        Assert.Contains(curation, c => StringOf(c, "action") == "merged-into");
        var sequence = runs.Single(r => r.Statement == ExchangeStatements.ContinueSequence.Text).Parameters.GetProperty("sequence");
        Assert.Equal("5", sequence.GetProperty("_value").GetString());

        var authorized = RowsOf(runs, ExchangeStatements.ImportAuthorizedBy);
        Assert.Equal(SqliteLines(NodeLabels.Delegation).Count(d => d.GetProperty("authorizedById").ValueKind == JsonValueKind.String), authorized.Count);
        Assert.All(authorized, a => Assert.Equal(FactIds.AuthorizedBy(StringOf(a, "delegationId")!, StringOf(a, "documentId")!), StringOf(a, "id")));
    }

    [Fact]
    public async Task A_Neo4j_export_of_what_the_import_stored_equals_the_SQLite_export_byte_for_byte()
    {
        var runs = await ImportIntoNeo4jAsync();
        var exports = ExportAnswers(runs);
        _server.Otherwise = request => Answer(request, exports);

        await using var neo4j = await OpenNeo4jAsync();
        using var output = new MemoryStream();
        await neo4j.ExportAsync(output);

        var expected = Encoding.UTF8.GetString(_sqliteExport).Split('\n');
        var actual = Encoding.UTF8.GetString(output.ToArray()).Split('\n');
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i]); // line by line: a failure names the line
        Assert.Equal(_sqliteExport, output.ToArray());
    }

    /// <summary>
    /// The answer a Neo4j holding the imported rows gives to each export statement: the stored properties (a
    /// property set to null is not stored), what the statement adds (a delegation's year from its report, a
    /// recipient's label), in the statement's ORDER BY.
    /// </summary>
    private static Dictionary<string, string> ExportAnswers(List<(string Statement, JsonElement Parameters)> runs)
    {
        static JsonObject Stored(JsonObject row) =>
            new(row["_value"]!.AsObject().Where(p => p.Value?["$type"]?.GetValue<string>() != "Null").Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        static string Key(JsonObject row, string key) => row[key]?["_value"]?.ToString() ?? "";
        static long Number(JsonObject row, string key) => long.Parse(Key(row, key), CultureInfo.InvariantCulture);

        var stored = ExchangeStatements.LineTypes.ToDictionary(t => t, t => RowsOf(runs, ExchangeStatements.Import(t)).Select(Stored).ToList());
        var reportYears = stored[NodeLabels.Report].ToDictionary(r => Key(r, "id"), r => r["year"]!.DeepClone());
        foreach (var delegation in stored[NodeLabels.Delegation]) delegation["year"] = reportYears[Key(delegation, "reportId")].DeepClone();
        var regionIds = stored[NodeLabels.Region].Select(r => Key(r, "id")).ToHashSet();
        foreach (var recipient in stored[ExchangeStatements.DelegatedTo])
            recipient["targetLabel"] = new JsonObject { ["$type"] = "String", ["_value"] = regionIds.Contains(Key(recipient, "targetId")) ? NodeLabels.Region : NodeLabels.Agency };

        IEnumerable<JsonObject> Sorted(string type) => type switch
        {
            ExchangeStatements.BasedOn => stored[type].OrderBy(r => Key(r, "documentId"), StringComparer.Ordinal).ThenBy(r => Key(r, "basisId"), StringComparer.Ordinal),
            ExchangeStatements.DelegatedTo => stored[type].OrderBy(r => Key(r, "delegationId"), StringComparer.Ordinal).ThenBy(r => Number(r, "ordinal")),
            ExchangeStatements.Covers => stored[type].OrderBy(r => Key(r, "delegationId"), StringComparer.Ordinal).ThenBy(r => Key(r, "powerId"), StringComparer.Ordinal),
            GraphSchema.Mention => stored[type].OrderBy(r => Key(r, "reportId"), StringComparer.Ordinal).ThenBy(r => Key(r, "factId"), StringComparer.Ordinal),
            GraphSchema.Evidence => stored[type].OrderBy(r => Key(r, "factId"), StringComparer.Ordinal).ThenBy(r => Key(r, "reportId"), StringComparer.Ordinal)
                .ThenBy(r => Number(r, "start")).ThenBy(r => Number(r, "end")),
            GraphSchema.Alias => stored[type].OrderBy(r => Key(r, "mergedId"), StringComparer.Ordinal),
            GraphSchema.Correction => stored[type].OrderBy(r => Key(r, "factId"), StringComparer.Ordinal),
            ExchangeStatements.Curation => stored[type].OrderBy(r => Number(r, "sequence")),
            _ => stored[type].OrderBy(r => Key(r, "id"), StringComparer.Ordinal),
        };

        return ExchangeStatements.LineTypes.ToDictionary(t => ExchangeStatements.Export(t).Text, t =>
        {
            var values = new JsonArray(Sorted(t).Select(row => (JsonNode)new JsonArray(new JsonObject { ["$type"] = "Map", ["_value"] = row })).ToArray());
            return new JsonObject { ["data"] = new JsonObject { ["fields"] = new JsonArray("row"), ["values"] = values }, ["bookmarks"] = new JsonArray() }
                .ToJsonString();
        });
    }
}
