using System.Runtime.CompilerServices;
using System.Threading.Channels;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Seed.Generation;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Seed.Loading;

/// <summary>
/// The fast path of generate: facts go from the composer straight into the store, no text round trip. Reports are
/// composed on all cores into a bounded channel while earlier ones are written; the writer takes them in batches
/// (one transaction per batch, a savepoint per report, in stores that support it). Two batches are in flight, so
/// one is resolved into graph rows (pure CPU) while the other holds the single write lock.
/// </summary>
public static class CorpusLoader
{
    /// <summary>Reports per write transaction: large enough that commits and statement set-up vanish, small enough that a crash loses little.</summary>
    public const int DefaultBatchSize = 64;

    public static async Task<LoadSummary> LoadAsync(this SyntheticCorpus corpus, IGraphWriter store, Action? reportDone = null,
        CancellationToken cancellationToken = default) =>
        await LoadAsync(corpus, store, DefaultBatchSize, reportDone, cancellationToken).ConfigureAwait(false);

    /// <param name="batchSize">Reports per write transaction (1 = a transaction per report).</param>
    public static async Task<LoadSummary> LoadAsync(this SyntheticCorpus corpus, IGraphWriter store, int batchSize, Action? reportDone = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var summary = new LoadSummary();
        var composed = Channel.CreateBounded<ReportFacts>(new BoundedChannelOptions(2 * batchSize + 64) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var report in corpus.ReportsAsync(withMatterLists: true, stop.Token).ConfigureAwait(false))
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
            await Parallel.ForEachAsync(Batches(composed.Reader, batchSize, cancellationToken),
                new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (batch, ct) =>
                {
                    IReadOnlyList<Storage.Ingestion.ReportIngest> results;
                    try
                    {
                        results = await store.IngestBatchAsync(batch, ct).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        results = batch.Select(_ => new Storage.Ingestion.ReportIngest(null, e)).ToArray();
                    }
                    for (var i = 0; i < batch.Count; i++)
                    {
                        if (results[i].Result is { } result) summary.Record(batch[i], result);
                        else summary.RecordFailure(batch[i].SourceName ?? batch[i].Report.Jurisdiction, "store: " + results[i].Error?.Message);
                        reportDone?.Invoke();
                    }
                }).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
        return summary;
    }

    private static async IAsyncEnumerable<List<ReportFacts>> Batches(ChannelReader<ReportFacts> reader, int size,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new List<ReportFacts>(size);
        await foreach (var report in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(report);
            if (batch.Count < size) continue;
            yield return batch;
            batch = new List<ReportFacts>(size);
        }
        if (batch.Count > 0) yield return batch;
    }
}
