using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Ingestion;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Writes a report's facts, deletes reports and curates facts. Every call is one transaction and bumps the graph
/// version when it changes anything.
/// </summary>
public interface IGraphWriter
{
    /// <summary>
    /// Loads one report whole or not at all. Same content again → <see cref="IngestOutcome.Unchanged"/>; new content
    /// for the same jurisdiction and year → the report's own facts are replaced, shared nodes other reports still
    /// reference are kept.
    /// </summary>
    Task<IngestResult> IngestAsync(ReportFacts facts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads several reports, each whole or not at all, and returns their outcomes in order; a report that fails
    /// does not stop the others. Backends that can, write a batch in one transaction with a savepoint per report
    /// (a crash leaves every report of the batch absent); this default writes one transaction per report.
    /// </summary>
    async Task<IReadOnlyList<ReportIngest>> IngestBatchAsync(IReadOnlyList<ReportFacts> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var results = new ReportIngest[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            try
            {
                results[i] = new ReportIngest(await IngestAsync(reports[i], cancellationToken).ConfigureAwait(false), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[i] = new ReportIngest(null, e);
            }
        }
        return results;
    }

    /// <summary>Removes a report and its own facts; shared nodes no other report references go too. Null when absent.</summary>
    Task<DeleteResult?> DeleteReportAsync(string reportId, CancellationToken cancellationToken = default);

    Task<CurationResult> ConfirmFactAsync(string factId, CurationActor actor, CancellationToken cancellationToken = default);

    /// <summary>Hides a fact from readers; it stays stored, with its curation log, for audit.</summary>
    Task<CurationResult> RejectFactAsync(string factId, CurationActor actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets properties of a fact by their GraphQL names (e.g. "itemCount", "title", "category"); null clears.
    /// A corrected fact keeps its corrections when its report is loaded again.
    /// </summary>
    Task<CurationResult> CorrectFactAsync(
        string factId, IReadOnlyDictionary<string, string?> changes, CurationActor actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes <paramref name="mergedId"/> a spelling of <paramref name="keptId"/> (same label): every edge and
    /// evidence moves to the kept node, the merged name becomes an alias, and later loads resolve to the kept node.
    /// </summary>
    Task<CurationResult> MergeEntitiesAsync(string keptId, string mergedId, CurationActor actor, CancellationToken cancellationToken = default);
}
