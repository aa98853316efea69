using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The schema objects a bulk load does without while it writes, read from sqlite_master (whatever the migrations
/// created): every secondary index that enforces nothing (not UNIQUE), and the triggers that keep a derived index in
/// step — an AFTER INSERT trigger whose one statement is INSERT … VALUES into another table, plus the UPDATE and
/// DELETE triggers of the same table that write only into those derived tables. Building them once at the end is far
/// cheaper than keeping them up to date row by row in random key order: an index is created from sorted data, and a
/// derived table is filled by running the insert trigger's statement once over all rows (INSERT … SELECT).
/// Restoring recreates each object from its own SQL, in sqlite_master order, so the schema ends exactly as migrated.
/// </summary>
internal sealed partial class SuspendedSchema
{
    private readonly List<(string Type, string Name, string Sql)> _objects;
    private readonly List<string> _replays;

    private SuspendedSchema(List<(string Type, string Name, string Sql)> objects, List<string> replays)
    {
        _objects = objects;
        _replays = replays;
    }

    /// <summary>Names of the suspended indexes and triggers, in the order they are restored.</summary>
    public IReadOnlyList<string> Names => _objects.Select(o => o.Name).ToList();

    [GeneratedRegex(@"^CREATE\s+TRIGGER\s+\w+\s+AFTER\s+INSERT\s+ON\s+(?<table>\w+)\s+BEGIN\s+(?<insert>INSERT\s+INTO\s+(?<target>\w+)\s*\([^)]*\))\s*VALUES\s*\((?<values>[^;]*)\)\s*;\s*END$",
        RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplayableInsert();

    [GeneratedRegex(@"^CREATE\s+TRIGGER\s+\w+\s+AFTER\s+(INSERT|UPDATE|DELETE)\b.*?\bON\s+(?<table>\w+)\s+BEGIN\b",
        RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TriggerTable();

    [GeneratedRegex(@"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|DELETE\s+FROM|UPDATE(?:\s+OR\s+\w+)?)\s+(?<target>\w+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriteTarget();

    /// <summary>Drops the suspendable indexes and triggers of a freshly migrated, empty store and remembers them.</summary>
    public static async Task<SuspendedSchema> SuspendAsync(SqliteConnection connection, CancellationToken ct)
    {
        var all = new List<(string Type, string Name, string Table, string Sql)>();
        var fts5Tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'table') AND sql IS NOT NULL ORDER BY rowid";
            await using var reader = await list.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var (type, name, sql) = (reader.GetString(0), reader.GetString(1), reader.GetString(3));
                if (type != "table") all.Add((type, name, reader.GetString(2), sql));
                else if (sql.Contains("USING fts5", StringComparison.OrdinalIgnoreCase)) fts5Tables.Add(name);
            }
        }

        var objects = new List<(string Type, string Name, string Sql)>();
        var replays = new List<string>();
        // derived tables per source table: filled by a replayable insert trigger
        var derived = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in all.Where(o => o.Type == "trigger"))
        {
            if (ReplayableInsert().Match(t.Sql) is not { Success: true } m) continue;
            var table = m.Groups["table"].Value;
            if (!derived.TryGetValue(table, out var targets)) derived[table] = targets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            targets.Add(m.Groups["target"].Value);
            // the trigger's statement over every row: "new" is an ordinary alias outside a trigger. Rows go in in the
            // order of the first inserted value (the derived rowid, e.g. a search window's length << 32 | pk): FTS5
            // flushes its pending terms whenever a rowid is lower than the last one, and in source order (pk) that
            // was every other row — about 3× slower for the sentence windows (measured on 14,202 sentences × 5).
            replays.Add($"{m.Groups["insert"].Value} SELECT {m.Groups["values"].Value} FROM {table} AS new ORDER BY 1");
        }
        foreach (var o in all)
        {
            if (o.Type == "index" ? !await IsUniqueAsync(connection, o.Table, o.Name, ct).ConfigureAwait(false) : KeepsDerivedIndex(o.Sql, derived))
                objects.Add((o.Type, o.Name, o.Sql));
        }
        foreach (var (type, name, _) in objects)
        {
            await using var drop = connection.CreateCommand();
            // names come from sqlite_master, quoted as identifiers
            drop.CommandText = string.Create(CultureInfo.InvariantCulture, $"DROP {type.ToUpperInvariant()} \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            await drop.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        // a derived table that is an FTS5 index is merged into one segment after its bulk fill, as migration 006 does
        // for a store loaded row by row: reads then search one b-tree per index instead of one per flush
        foreach (var target in derived.Values.SelectMany(targets => targets).Where(fts5Tables.Contains))
            replays.Add($"INSERT INTO {target} ({target}) VALUES ('optimize')");
        return new SuspendedSchema(objects, replays);
    }

    /// <summary>A trigger of a table with derived tables whose every write goes into those derived tables.</summary>
    private static bool KeepsDerivedIndex(string sql, Dictionary<string, HashSet<string>> derived)
    {
        if (TriggerTable().Match(sql) is not { Success: true } m || !derived.TryGetValue(m.Groups["table"].Value, out var targets)) return false;
        var body = sql[(m.Index + m.Length)..];
        var writes = WriteTarget().Matches(body).Select(w => w.Groups["target"].Value).ToList();
        return writes.Count > 0 && writes.All(targets.Contains);
    }

    private static async Task<bool> IsUniqueAsync(SqliteConnection connection, string table, string index, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"unique\" FROM pragma_index_list($table) WHERE name = $index";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$index", index);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false) ?? 0L, CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>Fills the derived tables from the loaded rows, then recreates every suspended index and trigger.</summary>
    public async Task RestoreAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using (var threads = connection.CreateCommand())
        {
            // CREATE INDEX and the ordered fills sort every row: let SQLite's sorter use the other cores too
            threads.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA threads = {Math.Min(Environment.ProcessorCount, 8)}");
            await threads.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        foreach (var sql in _replays.Concat(_objects.Select(o => o.Sql)))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }
}
