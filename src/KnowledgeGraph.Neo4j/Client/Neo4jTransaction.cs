using KnowledgeGraph.Neo4j.Client.Errors;

namespace KnowledgeGraph.Neo4j.Client;

/// <summary>
/// An explicit transaction of the Query API (<c>…/query/v2/tx/{id}</c>). Echoes the cluster-affinity header so every
/// call reaches the server that holds the transaction. Neo4j rolls back a transaction idle for longer than
/// server.queryapi.transaction_idle_timeout (60 s by default); each answer reports the new expiry, kept in <see cref="Expires"/>.
/// Not thread-safe: one statement at a time, like the server.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private bool _finished;

    internal Neo4jTransaction(Neo4jQueryClient client, string id, DateTimeOffset? expires, string? affinity, Neo4jAccessMode accessMode)
    {
        _client = client;
        Id = id;
        Expires = expires;
        Affinity = affinity;
        AccessMode = accessMode;
    }

    public string Id { get; }
    public DateTimeOffset? Expires { get; private set; }
    public string? Affinity { get; }
    public Neo4jAccessMode AccessMode { get; }

    /// <summary>Runs a statement inside the transaction. Not retried: a failure ends the transaction on the server.</summary>
    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ThrowIfFinished();
        try
        {
            var (result, expires) = await _client.RunInTransactionAsync(Id, Affinity, statement, parameters, cancellationToken).ConfigureAwait(false);
            Expires = expires ?? Expires;
            return result;
        }
        catch (Neo4jException)
        {
            // Neo4j rolls the transaction back on any statement error; only a transport failure may leave it open.
            await TryRollbackAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        _finished = true;
        return await _client.CommitAsync(Id, Affinity, cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        _finished = true;
        await _client.RollbackAsync(Id, Affinity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back if neither committed nor rolled back: leaving it would hold locks until it expires.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_finished) await TryRollbackAsync().ConfigureAwait(false);
    }

    private async Task TryRollbackAsync()
    {
        if (_finished) return;
        _finished = true;
        try
        {
            await _client.RollbackAsync(Id, Affinity, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Best effort: the transaction may already be gone (rolled back by the error, or expired).
        }
    }

    private void ThrowIfFinished()
    {
        if (_finished) throw new InvalidOperationException($"Transaction {Id} is already committed or rolled back.");
    }
}
