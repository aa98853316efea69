using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. Writes go through ONE connection, one at a time (a
/// semaphore), each in a BEGIN IMMEDIATE transaction; reads take pooled read-only connections and run alongside
/// the writer (WAL readers see the last committed state and never wait for it).
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly string _readConnectionString;
    private readonly ReportGraphBuilder _builder;
    private bool _disposed;
    private long _writerBusyTicks;

    private SqliteGraphStore(SqliteConnection writer, string readConnectionString, TimeProvider time, int batchCacheKib = BulkCacheKib)
    {
        _writer = writer;
        _readConnectionString = readConnectionString;
        _builder = new ReportGraphBuilder(time);
        _batchCacheKib = batchCacheKib;
    }

    /// <summary>How long writes have held the single writer: beside the wall time it says whether the writer is the bottleneck.</summary>
    public TimeSpan WriterBusy => TimeSpan.FromTicks(Interlocked.Read(ref _writerBusyTicks));

    public string Backend => "sqlite";

    /// <summary>The database file.</summary>
    public string DataSource => _writer.DataSource;

    /// <summary>
    /// Opens (creating if needed) the store at a file path or a connection string ("Data Source=./data/graph.db"),
    /// applies pending migrations and sets WAL, foreign keys and the busy timeout.
    /// </summary>
    public static async Task<SqliteGraphStore> OpenAsync(string pathOrConnectionString, CancellationToken cancellationToken = default) =>
        await OpenAsync(pathOrConnectionString, TimeProvider.System, cancellationToken).ConfigureAwait(false);

    public static async Task<SqliteGraphStore> OpenAsync(string pathOrConnectionString, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var (write, read) = ConnectionStrings(pathOrConnectionString, time);
        var writer = new SqliteConnection(write.ConnectionString);
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            // busy_timeout: another process (a loader) may hold the write lock; wait for it rather than fail.
            await ExecuteAsync(writer, "PRAGMA busy_timeout = 60000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;", cancellationToken).ConfigureAwait(false);
            await SqliteMigrator.ApplyAsync(writer, cancellationToken).ConfigureAwait(false);
            return new SqliteGraphStore(writer, read.ConnectionString, time);
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens a new file for a bulk load (<see cref="SqliteBulkLoad"/>): migrations applied, then a rollback journal in
    /// memory, no fsync and no foreign-key upkeep per row (the file is private to the load and checked at the end).
    /// </summary>
    internal static async Task<SqliteGraphStore> OpenForBulkLoadAsync(string path, TimeProvider time, int cacheKib, CancellationToken cancellationToken)
    {
        var (write, read) = ConnectionStrings(path, time);
        write.ForeignKeys = false;
        var writer = new SqliteConnection(write.ConnectionString);
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(writer, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;", cancellationToken).ConfigureAwait(false);
            await SqliteMigrator.ApplyAsync(writer, cancellationToken).ConfigureAwait(false);
            return new SqliteGraphStore(writer, read.ConnectionString, time, cacheKib);
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static (SqliteConnectionStringBuilder Write, SqliteConnectionStringBuilder Read) ConnectionStrings(string pathOrConnectionString, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnectionString);
        ArgumentNullException.ThrowIfNull(time);
        var builder = pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(pathOrConnectionString)
            : new SqliteConnectionStringBuilder { DataSource = pathOrConnectionString };
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new ArgumentException("The SQLite store needs a file (WAL and concurrent readers need one).", nameof(pathOrConnectionString));
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);

        var write = new SqliteConnectionStringBuilder(builder.ConnectionString)
        {
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = 60,
        };
        var read = new SqliteConnectionStringBuilder(builder.ConnectionString)
        {
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
            DefaultTimeout = 60,
        };
        return (write, read);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A pooled read-only connection; WAL lets it read while the writer writes. No PRAGMA per open: every read runs
    /// one statement per store call, and Microsoft.Data.Sqlite already retries busy and locked reads until the
    /// connection string's Default Timeout (60 s), which is what busy_timeout gave the writer.
    /// </summary>
    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_readConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs a write in one BEGIN IMMEDIATE transaction on the single writer connection.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                // BEGIN IMMEDIATE: take the write lock up front (waiting out other writers) rather than fail on upgrade
                await using var tx = _writer.BeginTransaction(deferred: false);
                var result = await work(tx).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            finally
            {
                Interlocked.Add(ref _writerBusyTicks, Stopwatch.GetElapsedTime(started).Ticks);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs work on the writer connection alone, outside any transaction (schema work of a bulk load).</summary>
    internal async Task OnWriterAsync(Func<SqliteConnection, Task> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await work(_writer).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, SqlValues.Db(value));
        return command;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    private static async Task<int> NonQueryAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task<long> BumpVersionAsync(SqliteTransaction tx, CancellationToken cancellationToken) =>
        ScalarAsync(tx.Connection!, tx, "UPDATE meta SET value = value + 1 WHERE key = 'graph_version' RETURNING value", cancellationToken);

    public async Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        return await ScalarAsync(connection, null, "SELECT value FROM meta WHERE key = 'graph_version'", cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        return await ScalarAsync(connection, null, "SELECT NOT EXISTS (SELECT 1 FROM report)", cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT 'Region', COUNT(*) FROM region WHERE status <> 3
            UNION ALL SELECT 'Agency', COUNT(*) FROM agency WHERE status <> 3
            UNION ALL SELECT 'Document', COUNT(*) FROM document WHERE status <> 3
            UNION ALL SELECT 'Power', COUNT(*) FROM power
            UNION ALL SELECT 'Delegation', COUNT(*) FROM delegation WHERE status <> 3
            UNION ALL SELECT 'Responsibility', COUNT(*) FROM responsibility WHERE status <> 3
            UNION ALL SELECT 'Problem', COUNT(*) FROM problem WHERE status <> 3
            UNION ALL SELECT 'Metric', COUNT(*) FROM metric WHERE status <> 3
            UNION ALL SELECT 'Report', COUNT(*) FROM report
            UNION ALL SELECT 'Sentence', COUNT(*) FROM sentence
            UNION ALL SELECT 'Edge:PartOf', COUNT(*) FROM region WHERE parent_id IS NOT NULL
            UNION ALL SELECT 'Edge:OfRegion', COUNT(*) FROM agency WHERE region_id IS NOT NULL
            UNION ALL SELECT 'Edge:IssuedBy', COUNT(*) FROM document WHERE issuer_id IS NOT NULL
            UNION ALL SELECT 'Edge:BasedOn', COUNT(*) FROM based_on
            UNION ALL SELECT 'Edge:DelegatedFrom', COUNT(*) FROM delegation WHERE from_id IS NOT NULL
            UNION ALL SELECT 'Edge:DelegatedTo', COUNT(*) FROM delegation_recipient
            UNION ALL SELECT 'Edge:AuthorizedBy', COUNT(*) FROM delegation WHERE authorized_by_id IS NOT NULL
            UNION ALL SELECT 'Edge:Covers', COUNT(*) FROM covers
            UNION ALL SELECT 'Edge:HeldBy', COUNT(*) FROM responsibility WHERE holder_id IS NOT NULL
            UNION ALL SELECT 'Edge:Cites', COUNT(*) FROM mention WHERE fact_id LIKE 'Document:%'
            UNION ALL SELECT 'Evidence', COUNT(*) FROM evidence
            """;
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var nodes = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var edges = new SortedDictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetString(0);
            if (key.StartsWith("Edge:", StringComparison.Ordinal)) edges[key[5..]] = reader.GetInt64(1);
            else if (key == "Evidence") edges[key] = reader.GetInt64(1);
            else nodes[key] = reader.GetInt64(1);
        }
        return new GraphCounts(nodes, edges);
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var version = await GetGraphVersionAsync(cancellationToken).ConfigureAwait(false);
            return new StoreHealth(true, Backend, watch.Elapsed, version, null);
        }
        catch (SqliteException e)
        {
            return new StoreHealth(false, Backend, watch.Elapsed, -1, e.Message);
        }
        catch (ObjectDisposedException e)
        {
            return new StoreHealth(false, Backend, watch.Elapsed, -1, e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            SqliteConnection.ClearPool(new SqliteConnection(_readConnectionString));
        }
        finally
        {
            _writeLock.Release();
            _writeLock.Dispose();
        }
    }
}
