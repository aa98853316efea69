using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Seed.Loading;

/// <summary>
/// Loads report files into a store: extraction runs in parallel on all cores while a single writer stores what is
/// ready in batched transactions (a savepoint per report: each whole or not at all), a report whose content is
/// already loaded is skipped before extraction, and one bad report is recorded as a failure without stopping the others.
/// </summary>
public sealed class ReportLoader
{
    private readonly IGraphStore _store;
    private readonly ReportReader _reader;

    public ReportLoader(IGraphStore store, ReportReader reader)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reader);
        _store = store;
        _reader = reader;
    }

    /// <summary>How many reports are extracted at once; all cores by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Most reports written in one transaction (each still whole or not at all, by its savepoint).</summary>
    public int BatchSize { get; init; } = 32;

    public async Task<LoadSummary> LoadAsync(IReadOnlyList<string> files, Action? reportDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var summary = new LoadSummary();
        var loaded = await LoadedHashesAsync(cancellationToken).ConfigureAwait(false);
        var extracted = Channel.CreateBounded<(string File, ReportFacts Facts)>(new BoundedChannelOptions(Math.Max(BatchSize, Parallelism * 2))
        {
            FullMode = BoundedChannelFullMode.Wait,
        });

        // One writer: each round takes what extraction has ready (up to BatchSize reports) and writes it as one
        // transaction with a savepoint per report, so a slow extractor never holds a batch back and a fast one
        // amortizes commits; the store resolves the batch on all cores before taking its write lock.
        var writer = Task.Run(async () =>
        {
            var reader = extracted.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var batch = new List<(string File, ReportFacts Facts)>(BatchSize);
                while (batch.Count < BatchSize && reader.TryRead(out var item)) batch.Add(item);
                IReadOnlyList<Storage.Ingestion.ReportIngest> outcomes;
                try
                {
                    outcomes = await _store.IngestBatchAsync(batch.Select(b => b.Facts).ToList(), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    outcomes = batch.Select(_ => new Storage.Ingestion.ReportIngest(null, e)).ToList();
                }
                for (var i = 0; i < batch.Count; i++)
                {
                    if (outcomes[i].Result is { } result) summary.Record(batch[i].Facts, result);
                    else summary.RecordFailure(batch[i].File, "store: " + outcomes[i].Error?.Message);
                    reportDone?.Invoke();
                }
            }
        }, cancellationToken);

        try
        {
            await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                async (file, ct) =>
                {
                    ReportFacts facts;
                    try
                    {
                        var bytes = await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false);
                        if (_reader.TryHash(bytes) is { } hash && loaded.Contains(hash))
                        {
                            summary.RecordSkipped();
                            reportDone?.Invoke();
                            return;
                        }
                        facts = _reader.Read(bytes, file);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        summary.RecordFailure(file, e.Message);
                        reportDone?.Invoke();
                        return;
                    }
                    await extracted.Writer.WriteAsync((file, facts), ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        finally
        {
            extracted.Writer.TryComplete();
        }
        await writer.ConfigureAwait(false);
        return summary;
    }

    /// <summary>Content hashes of every report in the store, so unchanged files are not even extracted again.</summary>
    private async Task<HashSet<string>> LoadedHashesAsync(CancellationToken cancellationToken)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var page = await _store.ListReportsAsync(new ReportFilter(), [], new PageRequest { First = PageRequest.MaxPageSize, After = after },
                cancellationToken).ConfigureAwait(false);
            foreach (var report in page.Nodes) hashes.Add(report.ContentHash);
            if (!page.PageInfo.HasNextPage || page.PageInfo.EndCursor is null) return hashes;
            after = page.PageInfo.EndCursor;
        }
    }

    /// <summary>SHA-256 (hex) of a text, as <see cref="ReportFacts.ContentHash"/> computes it.</summary>
    internal static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
