namespace KnowledgeGraph.Storage;

/// <summary>
/// The whole graph as JSON lines, for backups and for moving between backends. One JSON object a line, each with
/// a "type" (a node label, "Edge", "Evidence", "Mention", "Alias", "Curation") and the record's fields in camelCase;
/// lines come in a fixed order (by type, then by key), so two exports of the same graph are byte-identical.
/// </summary>
public interface IGraphExchange
{
    Task ExportAsync(Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Loads an export into an empty store (throws <see cref="InvalidOperationException"/> otherwise), in one transaction.</summary>
    Task ImportAsync(Stream source, CancellationToken cancellationToken = default);
}
