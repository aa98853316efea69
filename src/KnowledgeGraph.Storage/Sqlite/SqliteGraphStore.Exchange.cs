using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>What an export holds, in order: the line type, its table and the key it is ordered by.</summary>
    private static readonly (string Type, string Table, string OrderBy)[] ExportTables =
    [
        ("Region", "region", "id"),
        ("Agency", "agency", "id"),
        ("Document", "document", "id"),
        ("Power", "power", "id"),
        ("BasedOn", "based_on", "document_id, basis_id"),
        ("Report", "report", "id"),
        ("Mention", "mention", "report_id, fact_id"),
        ("Delegation", "delegation", "id"),
        ("DelegatedTo", "delegation_recipient", "delegation_id, ordinal"),
        ("Covers", "covers", "delegation_id, power_id"),
        ("Responsibility", "responsibility", "id"),
        ("Problem", "problem", "id"),
        ("Metric", "metric", "id"),
        ("Sentence", "sentence", "id"),
        ("Evidence", "evidence", "fact_id, report_id, start, end"),
        ("Alias", "alias", "merged_id"),
        ("Correction", "correction", "fact_id"),
        ("Curation", "curation_log", "seq"),
    ];

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task ExportAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        // one read transaction: the export is a consistent snapshot even while loads run
        await using var tx = connection.BeginTransaction(deferred: true);
        var newline = "\n"u8.ToArray();
        foreach (var (type, table, orderBy) in ExportTables)
        {
            var columns = (await ColumnsAsync(connection, tx, table, cancellationToken).ConfigureAwait(false)).Where(c => c != "pk").ToList();
            await using var command = Command(connection, tx, $"SELECT {string.Join(", ", columns)} FROM {table} ORDER BY {orderBy}");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                await using (var json = new Utf8JsonWriter(buffer, LineOptions))
                {
                    json.WriteStartObject();
                    json.WriteString("type", type);
                    for (var i = 0; i < columns.Count; i++)
                    {
                        json.WritePropertyName(Camel(columns[i]));
                        switch (reader.IsDBNull(i) ? null : reader.GetValue(i))
                        {
                            case null: json.WriteNullValue(); break;
                            case long l: json.WriteNumberValue(l); break;
                            case double d: json.WriteNumberValue(d); break;
                            case string s: json.WriteStringValue(s); break;
                            case var other: json.WriteStringValue(Convert.ToString(other, CultureInfo.InvariantCulture)); break;
                        }
                    }
                    json.WriteEndObject();
                }
                buffer.Write(newline);
                buffer.Position = 0;
                await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
            }
        }
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ImportAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tables = ExportTables.ToDictionary(t => t.Type, t => t.Table, StringComparer.Ordinal);
        await WriteAsync(async tx =>
        {
            var c = tx.Connection!;
            if (await ScalarAsync(c, tx, "SELECT EXISTS (SELECT 1 FROM report) OR EXISTS (SELECT 1 FROM region)", cancellationToken).ConfigureAwait(false) == 1)
            {
                throw new InvalidOperationException("Import needs an empty store.");
            }
            var known = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var table in tables.Values) known[table] = (await ColumnsAsync(c, tx, table, cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            var commands = new Dictionary<string, (SqliteCommand Command, string[] Columns)>(StringComparer.Ordinal);
            try
            {
                using var reader = new StreamReader(source, Encoding.UTF8, leaveOpen: true);
                var lineNumber = 0;
                while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    lineNumber++;
                    if (line.Length == 0) continue;
                    using var doc = JsonDocument.Parse(line);
                    var root = doc.RootElement;
                    var type = root.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
                    if (!tables.TryGetValue(type, out var table)) throw new FormatException($"Line {lineNumber}: unknown type '{type}'.");
                    var properties = root.EnumerateObject().Where(p => p.Name != "type").ToList();
                    var columns = properties.Select(p => Snake(p.Name)).ToArray();
                    // column names are checked against the table itself: nothing from the file reaches SQL text unchecked
                    var unknown = columns.FirstOrDefault(col => !known[table].Contains(col) || col == "pk");
                    if (unknown is not null) throw new FormatException($"Line {lineNumber}: {type} has no field '{unknown}'.");
                    var key = table + ":" + string.Join(",", columns);
                    if (!commands.TryGetValue(key, out var prepared))
                    {
                        var command = c.CreateCommand();
                        command.Transaction = tx;
                        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$" + i.ToString(CultureInfo.InvariantCulture)))})";
                        for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
                        prepared = commands[key] = (command, columns);
                    }
                    for (var i = 0; i < properties.Count; i++) prepared.Command.Parameters[i].Value = Value(properties[i].Value);
                    await prepared.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                foreach (var (command, _) in commands.Values) await command.DisposeAsync().ConfigureAwait(false);
            }
            return await BumpVersionAsync(tx, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static object Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => DBNull.Value,
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Number when e.TryGetInt64(out var l) => l,
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.True => 1L,
        JsonValueKind.False => 0L,
        _ => throw new FormatException($"Unexpected JSON value {e.ValueKind}."),
    };

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, SqliteTransaction tx, string table, CancellationToken ct)
    {
        await using var command = Command(connection, tx, "SELECT name FROM pragma_table_info($t) ORDER BY cid", ("$t", table));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var columns = new List<string>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) columns.Add(reader.GetString(0));
        return columns;
    }

    private static string Camel(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static string Snake(string camel)
    {
        var sb = new StringBuilder(camel.Length + 4);
        foreach (var ch in camel)
        {
            if (char.IsUpper(ch)) sb.Append('_').Append(char.ToLowerInvariant(ch));
            else sb.Append(ch);
        }
        return sb.ToString();
    }
}
