using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>
/// The store a loading command writes to: the configured store opened as usual, or — for a large load into a SQLite
/// file that does not exist yet — a <see cref="SqliteBulkLoad"/> that builds the file's indexes once at the end and
/// renames it into place only when complete (<see cref="CompleteAsync"/>). Disposed without completing, a bulk load
/// leaves no database behind.
/// </summary>
internal sealed class StoreSession : IAsyncDisposable
{
    private readonly SqliteBulkLoad? _bulk;
    private readonly IGraphStore? _store;

    private StoreSession(IGraphStore? store, SqliteBulkLoad? bulk)
    {
        _store = store;
        _bulk = bulk;
    }

    public IGraphStore Store => _bulk?.Store ?? _store!;

    public bool IsBulk => _bulk is not null;

    /// <summary>Opens the store; in bulk mode when <paramref name="bulk"/> allows it and the SQLite file does not exist yet.</summary>
    public static async Task<StoreSession> OpenAsync(StoreSettings settings, bool bulk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (bulk && SqliteFile(settings) is { } path && SqliteBulkLoad.CanLoadInto(path))
            return new StoreSession(null, await SqliteBulkLoad.BeginAsync(path, cancellationToken).ConfigureAwait(false));
        return new StoreSession(await StoreConnector.OpenAsync(settings, cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>The database file of a SQLite store (a path or a connection string's Data Source).</summary>
    public static string? SqliteFile(StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings is not { Backend: StoreSettings.SqliteBackend, Sqlite: { } sqlite }) return null;
        var file = sqlite.Contains('=', StringComparison.Ordinal) ? new SqliteConnectionStringBuilder(sqlite).DataSource : sqlite;
        return string.IsNullOrWhiteSpace(file) || file == ":memory:" ? null : file;
    }

    /// <summary>Ends a bulk load (indexes, search windows, foreign-key check, rename), saying how long that took; nothing otherwise.</summary>
    public async Task CompleteAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_bulk is null) return;
        var clock = Stopwatch.StartNew();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"bulk load: building {_bulk.Suspended.Count} suspended indexes and triggers (writer busy {_bulk.Store.WriterBusy.TotalSeconds:0.0} s)")).ConfigureAwait(false);
        await _bulk.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"bulk load: indexes built and file in place in {clock.Elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_bulk is not null) await _bulk.DisposeAsync().ConfigureAwait(false);
        if (_store is not null) await _store.DisposeAsync().ConfigureAwait(false);
    }
}
