using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Applies the embedded schema/sqlite/NNN_*.sql scripts in order, each in its own transaction, and records them in
/// schema_migrations. BEGIN IMMEDIATE makes two processes opening the same file at once take turns.
/// </summary>
internal static class SqliteMigrator
{
    private const string Prefix = "migrations/";

    public static IReadOnlyList<(int Version, string Name, string Sql)> Embedded()
    {
        var assembly = typeof(SqliteMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[Prefix.Length..];
                var version = int.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                return (version, file, Read(assembly, n));
            })
            .OrderBy(m => m.version)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing migration {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static async Task<int> ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        var applied = 0;
        foreach (var (version, name, sql) in Embedded())
        {
            // BEGIN IMMEDIATE: take the write lock up front (waiting out other writers) rather than fail on upgrade
            await using var tx = connection.BeginTransaction(deferred: false);
            await using (var check = connection.CreateCommand())
            {
                check.Transaction = tx;
                check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = $v";
                check.Parameters.AddWithValue("$v", version);
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
                {
                    await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }
            await using (var run = connection.CreateCommand())
            {
                run.Transaction = tx;
                run.CommandText = sql;
                await run.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = tx;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$n", name);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied++;
        }
        return applied;
    }
}
