using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Store;

// IGraphExchange: JSON lines, one read transaction out, one write transaction in.
public sealed partial class Neo4jGraphStore
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Properties whose JSON strings are dates or instants in Neo4j, so an import restores the type.</summary>
    private static readonly HashSet<string> DateKeys = ["date", "issuedDate"];

    public async Task ExportAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        // One read transaction: a consistent snapshot even while loads run. Buffered per type, then written out.
        var lines = await _client.ExecuteReadAsync(async (tx, ct) =>
        {
            var all = new List<byte[]>();
            foreach (var type in ExchangeStatements.LineTypes)
            {
                var result = await Run(tx, ExchangeStatements.Export(type), null, ct).ConfigureAwait(false);
                foreach (var record in result.Records) all.Add(Line(type, record.Get<IReadOnlyDictionary<string, object?>>("row")));
            }
            return all;
        }, cancellationToken).ConfigureAwait(false);
        foreach (var line in lines) await destination.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ImportAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var rows = ExchangeStatements.LineTypes.ToDictionary(t => t, _ => new List<Dictionary<string, object?>>(), StringComparer.Ordinal);
        using (var reader = new StreamReader(source, Encoding.UTF8, leaveOpen: true))
        {
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                number++;
                if (line.Length == 0) continue;
                using var doc = JsonDocument.Parse(line);
                var type = doc.RootElement.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
                if (!rows.TryGetValue(type, out var list)) throw new FormatException($"Line {number}: unknown type '{type}'.");
                list.Add(doc.RootElement.EnumerateObject().Where(p => p.Name != "type").ToDictionary(p => p.Name, p => ImportValue(p.Name, p.Value), StringComparer.Ordinal));
            }
        }

        await _client.ExecuteWriteAsync(async (tx, ct) =>
        {
            if (!(await Run(tx, ExchangeStatements.StoreIsEmpty, null, ct).ConfigureAwait(false)).Single().Get<bool>("empty"))
                throw new InvalidOperationException("Import needs an empty store.");
            foreach (var type in ExchangeStatements.LineTypes)
            {
                var statement = type switch
                {
                    "BasedOn" => IngestStatements.MergeBasedOn,
                    "Cites" => ExchangeStatements.ImportCites,
                    "DelegatedTo" => IngestStatements.MergeRecipients,
                    "AuthorizedBy" => ExchangeStatements.ImportAuthorizedBy,
                    "Covers" => IngestStatements.MergeCovers,
                    "Curation" => ExchangeStatements.CreateRows(GraphSchema.CurationEntry),
                    var label => ExchangeStatements.CreateRows(label),
                };
                await Batched(tx, statement, rows[type], ct).ConfigureAwait(false);
            }
            foreach (var link in ExchangeStatements.ImpliedLinks) await Run(tx, link, null, ct).ConfigureAwait(false);
            return await BumpVersionAsync(tx, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static byte[] Line(string type, IReadOnlyDictionary<string, object?> row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, LineOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", type);
            foreach (var (key, value) in row.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                json.WritePropertyName(key);
                WriteJson(json, value);
            }
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteJson(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case DateOnly d: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset t: json.WriteStringValue(t.ToString("O", CultureInfo.InvariantCulture)); break;
            case IEnumerable<object?> list:
                json.WriteStartArray();
                foreach (var item in list) WriteJson(json, item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static object? ImportValue(string key, JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when DateKeys.Contains(key) => DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonValueKind.String when key == "loadedAt" => DateTimeOffset.Parse(e.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        JsonValueKind.String => e.GetString(),
        // Metric values are FLOAT in Neo4j even when whole; everything else numeric is an INTEGER.
        JsonValueKind.Number when key == "value" => e.GetDouble(),
        JsonValueKind.Number when e.TryGetInt64(out var l) => l,
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.Array => e.EnumerateArray().Select(x => ImportValue(key, x)).ToList(),
        _ => throw new FormatException($"Unexpected JSON value {e.ValueKind} for '{key}'."),
    };
}
