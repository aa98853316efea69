using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Seed.Loading;

/// <summary>
/// Loads report files into a store: extraction runs in parallel on all cores, each report is ingested in its own
/// transaction, a report whose content is already loaded is skipped before extraction, and one bad
/// report is recorded as a failure without stopping the others.
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

    public async Task<LoadSummary> LoadAsync(IReadOnlyList<string> files, Action? reportDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var summary = new LoadSummary();
        var loaded = await LoadedHashesAsync(cancellationToken).ConfigureAwait(false);
        var extracted = Channel.CreateBounded<(string File, ReportFacts Facts)>(new BoundedChannelOptions(Math.Max(2, Parallelism * 2))
        {
            FullMode = BoundedChannelFullMode.Wait,
        });

        // Several ingests in flight: the store resolves each report (CPU) before taking its single write lock.
        var writer = Parallel.ForEachAsync(extracted.Reader.ReadAllAsync(cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (item, ct) =>
            {
                try
                {
                    summary.Record(item.Facts, await _store.IngestAsync(item.Facts, ct).ConfigureAwait(false));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    summary.RecordFailure(item.File, "store: " + e.Message);
                }
                reportDone?.Invoke();
            });

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
