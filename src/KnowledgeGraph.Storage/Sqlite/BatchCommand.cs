using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>One statement prepared once and run for many rows (parameters $0, $1 … in order).</summary>
internal sealed class BatchCommand : IAsyncDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public BatchCommand(SqliteTransaction tx, string sql, int parameterCount)
    {
        _command = tx.Connection!.CreateCommand();
        _command.Transaction = tx;
        _command.CommandText = sql;
        _parameters = new SqliteParameter[parameterCount];
        for (var i = 0; i < parameterCount; i++)
        {
            _parameters[i] = _command.CreateParameter();
            _parameters[i].ParameterName = "$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _command.Parameters.Add(_parameters[i]);
        }
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++) _parameters[i].Value = SqlValues.Db(values[i]);
        return await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
