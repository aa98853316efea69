using System.Threading.Channels;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Seed.Generation;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Seed.Loading;

/// <summary>
/// The fast path of generate: facts go from the composer straight into the store, no text round trip. Reports are
/// composed on all cores while earlier ones are ingested, one report = one transaction. Several ingests run at once
/// because a store resolves a report into graph rows (pure CPU) before it takes its single write lock.
/// </summary>
public static class CorpusLoader
{
    public static async Task<LoadSummary> LoadAsync(this SyntheticCorpus corpus, IGraphWriter store, Action? reportDone = null,
        CancellationToken cancellationToken = default) =>
        await LoadAsync(corpus, store, Environment.ProcessorCount, reportDone, cancellationToken).ConfigureAwait(false);

    /// <param name="ingests">How many ingest calls may be in flight at once.</param>
    public static async Task<LoadSummary> LoadAsync(this SyntheticCorpus corpus, IGraphWriter store, int ingests, Action? reportDone = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ingests);
        var summary = new LoadSummary();
        var composed = Channel.CreateBounded<ReportFacts>(new BoundedChannelOptions(512) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var report in corpus.ReportsAsync(stop.Token).ConfigureAwait(false))
                    await composed.Writer.WriteAsync(report, stop.Token).ConfigureAwait(false);
                composed.Writer.TryComplete();
            }
            catch (Exception e)
            {
                composed.Writer.TryComplete(e);
            }
        });

        try
        {
            await Parallel.ForEachAsync(composed.Reader.ReadAllAsync(cancellationToken),
                new ParallelOptions { MaxDegreeOfParallelism = ingests, CancellationToken = cancellationToken }, async (report, ct) =>
                {
                    try
                    {
                        summary.Record(report, await store.IngestAsync(report, ct).ConfigureAwait(false));
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        summary.RecordFailure(report.SourceName ?? report.Report.Jurisdiction, "store: " + e.Message);
                    }
                    reportDone?.Invoke();
                }).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
        return summary;
    }
}
