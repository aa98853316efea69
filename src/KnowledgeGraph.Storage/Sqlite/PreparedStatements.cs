using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The statements of one write transaction, each prepared once and reused for every report of a batch (a national
/// load runs each insert about a million times; preparing it per report cost more than running it).
/// </summary>
internal sealed class PreparedStatements(SqliteTransaction tx) : IAsyncDisposable
{
    private readonly Dictionary<string, BatchCommand> _commands = new(StringComparer.Ordinal);

    public SqliteTransaction Transaction => tx;

    /// <summary>The statement for <paramref name="sql"/> with parameters $0 … $(count − 1), prepared on first use.</summary>
    public BatchCommand Get(string sql, int parameterCount)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = new BatchCommand(tx, sql, parameterCount);
            _commands.Add(sql, command);
        }
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync().ConfigureAwait(false);
        _commands.Clear();
    }
}
