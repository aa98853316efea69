using System.Text;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Store;

// IGraphExchange in the SQLite store's line format (ExchangeFormat): one read transaction out, one write transaction in.
public sealed partial class Neo4jGraphStore
{
    public async Task ExportAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        // One read transaction: a consistent snapshot even while loads run. Buffered, then written out.
        var lines = await _client.ExecuteReadAsync(async (tx, ct) =>
        {
            var all = new List<byte[]>();
            foreach (var type in ExchangeStatements.LineTypes)
            {
                var result = await Run(tx, ExchangeStatements.Export(type), null, ct).ConfigureAwait(false);
                foreach (var record in result.Records)
                    all.Add(ExchangeFormat.Write(type, ExchangeRows.ToLine(type, record.Get<IReadOnlyDictionary<string, object?>>("row"))));
            }
            return all;
        }, cancellationToken).ConfigureAwait(false);
        foreach (var line in lines) await destination.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ImportAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        // Parsed and converted before the transaction opens: a malformed file fails without touching the database.
        var rows = ExchangeStatements.LineTypes.ToDictionary(t => t, _ => new List<Dictionary<string, object?>>(), StringComparer.Ordinal);
        var authorizations = new List<Dictionary<string, object?>>();
        using (var reader = new StreamReader(source, Encoding.UTF8, leaveOpen: true))
        {
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                number++;
                if (line.Length == 0) continue;
                var (type, fields) = ExchangeFormat.Read(line, number);
                try
                {
                    rows[type].Add(ExchangeRows.ToNeo4j(type, fields));
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or KeyNotFoundException or OverflowException or System.Text.Json.JsonException)
                {
                    throw new FormatException($"Line {number}: {e.Message}", e);
                }
                if (type == NodeLabels.Delegation && ExchangeFormat.Text(fields, "authorizedById") is { } documentId)
                {
                    var delegationId = ExchangeFormat.Required(fields, "id");
                    authorizations.Add(Row(("delegationId", delegationId), ("documentId", documentId), ("id", FactIds.AuthorizedBy(delegationId, documentId))));
                }
            }
        }
        var lastSequence = rows[ExchangeStatements.Curation].Select(r => r["sequence"] as long? ?? 0).DefaultIfEmpty(0).Max();

        await _client.ExecuteWriteAsync(async (tx, ct) =>
        {
            if (!(await Run(tx, ExchangeStatements.StoreIsEmpty, null, ct).ConfigureAwait(false)).Single().Get<bool>("empty"))
                throw new InvalidOperationException("Import needs an empty store.");
            foreach (var type in ExchangeStatements.LineTypes)
                await Batched(tx, ExchangeStatements.Import(type), rows[type], ct).ConfigureAwait(false);
            await Batched(tx, ExchangeStatements.ImportAuthorizedBy, authorizations, ct).ConfigureAwait(false);
            foreach (var link in ExchangeStatements.ImpliedLinks) await Run(tx, link, null, ct).ConfigureAwait(false);
            await Run(tx, ExchangeStatements.ContinueSequence, P(("sequence", lastSequence)), ct).ConfigureAwait(false);
            return await BumpVersionAsync(tx, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }
}
