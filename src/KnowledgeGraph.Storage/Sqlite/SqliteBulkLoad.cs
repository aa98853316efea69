using System.Globalization;
namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// A large load into a store that does not exist yet (the national seed): written into FILE.partial with the
/// non-unique indexes and the search-window triggers suspended (<see cref="SuspendedSchema"/>), a rollback journal in
/// memory, no fsync and foreign keys checked once at the end instead of per row; then the indexes and search windows
/// are built in one pass each, the file is switched to WAL, synced, and renamed to FILE. Crash safety comes from the
/// rename: until it, FILE does not exist, and a killed load leaves only FILE.partial, which the next bulk load
/// discards. Each report is still written whole or not at all (a savepoint per report in the batch transaction), so
/// the outcomes and the final database are those of a normal load. A lock file keeps two bulk loads of one FILE apart.
/// </summary>
public sealed class SqliteBulkLoad : IAsyncDisposable
{
    /// <summary>Writer page cache during a bulk load (KiB): the randomly keyed B-trees (ids, evidence) stay in memory.</summary>
    private const int CacheKib = 1024 * 1024;

    private readonly string _path;
    private readonly string _partial;
    private readonly FileStream _lock;
    private readonly SuspendedSchema _suspended;
    private bool _completed;

    private SqliteBulkLoad(string path, string partial, FileStream lockFile, SqliteGraphStore store, SuspendedSchema suspended)
    {
        _path = path;
        _partial = partial;
        _lock = lockFile;
        Store = store;
        _suspended = suspended;
    }

    /// <summary>The store being filled; write through it, read nothing from it until <see cref="CompleteAsync"/>.</summary>
    public SqliteGraphStore Store { get; }

    /// <summary>Names of the indexes and triggers suspended during the load.</summary>
    public IReadOnlyList<string> Suspended => _suspended.Names;

    /// <summary>Whether a bulk load can write <paramref name="path"/>: only a store that does not exist yet (or an empty file).</summary>
    public static bool CanLoadInto(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = new FileInfo(path);
        return !file.Exists || file.Length == 0;
    }

    public static Task<SqliteBulkLoad> BeginAsync(string path, CancellationToken cancellationToken = default) =>
        BeginAsync(path, TimeProvider.System, cancellationToken);

    public static async Task<SqliteBulkLoad> BeginAsync(string path, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        if (!CanLoadInto(path)) throw new InvalidOperationException($"A bulk load writes a new store; {path} already holds one.");
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var partial = full + ".partial";
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(partial + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"Another bulk load is writing {path}.", e);
        }
        SqliteGraphStore? store = null;
        try
        {
            DeleteDatabaseFiles(partial); // left by a load that was killed
            store = await SqliteGraphStore.OpenForBulkLoadAsync(partial, time, CacheKib, cancellationToken).ConfigureAwait(false);
            SuspendedSchema suspended = null!;
            await store.OnWriterAsync(async c => suspended = await SuspendedSchema.SuspendAsync(c, cancellationToken).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false);
            return new SqliteBulkLoad(full, partial, lockFile, store, suspended);
        }
        catch
        {
            if (store is not null) await store.DisposeAsync().ConfigureAwait(false);
            DeleteDatabaseFiles(partial);
            await lockFile.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Builds the suspended indexes and search windows, checks every foreign key, switches the file to WAL and renames
    /// it into place. Throws (leaving no store at the path) when a foreign key is broken.
    /// </summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        await Store.OnWriterAsync(async c =>
        {
            await using (var tx = c.BeginTransaction(deferred: false))
            {
                await _suspended.RestoreAsync(c, cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            await using (var check = c.CreateCommand())
            {
                check.CommandText = "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 5";
                await using var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var broken = new List<string>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    broken.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)} row {(reader.IsDBNull(1) ? "?" : reader.GetInt64(1).ToString(CultureInfo.InvariantCulture))} → {reader.GetString(2)}"));
                if (broken.Count > 0) throw new InvalidOperationException("Bulk load left broken references: " + string.Join("; ", broken));
            }
            await using (var durable = c.CreateCommand())
            {
                // the normal store's journal; its first checkpoint-free close leaves no -wal file behind
                durable.CommandText = "PRAGMA synchronous = FULL; PRAGMA journal_mode = WAL;";
                await durable.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        await Store.DisposeAsync().ConfigureAwait(false);
        using (var file = new FileStream(_partial, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            file.Flush(flushToDisk: true); // written with synchronous = OFF: on disk before it takes the real name
        }
        File.Move(_partial, _path, overwrite: false);
        _completed = true;
        await _lock.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Without <see cref="CompleteAsync"/>: the partial file is discarded and the path stays without a store.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_completed) return;
        _completed = true;
        await Store.DisposeAsync().ConfigureAwait(false);
        DeleteDatabaseFiles(_partial);
        await _lock.DisposeAsync().ConfigureAwait(false);
    }

    private static void DeleteDatabaseFiles(string path)
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" }) File.Delete(file);
    }
}
