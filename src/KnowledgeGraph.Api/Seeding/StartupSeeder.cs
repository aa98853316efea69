using KnowledgeGraph.Api.Configuration;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Metadata;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Seeding;

/// <summary>
/// On first start with an empty store, loads every report in the seed folder, one transaction each. A report that
/// fails to extract or load is logged and skipped; the others still load and the API still starts.
/// </summary>
public sealed partial class StartupSeeder(IGraphStore store, IOptions<GraphOptions> options, IHostEnvironment environment, ILogger<StartupSeeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedOnEmptyStore || !await store.IsEmptyAsync(cancellationToken).ConfigureAwait(false)) return;

        var folder = SeedReportsFinder.Find(options.Value.SeedDirectory, environment.ContentRootPath);
        if (folder is null)
        {
            LogNoSeedFolder(options.Value.SeedDirectory);
            return;
        }

        var extractor = new ReportExtractor();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            try
            {
                var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                var facts = extractor.Extract(bytes, ReportMetaOverrides.LoadSidecar(file), Path.GetFileName(file));
                var result = await store.IngestAsync(facts, cancellationToken).ConfigureAwait(false);
                LogSeeded(Path.GetFileName(file), result.Outcome, result.FactsAdded);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSeedFailed(e, Path.GetFileName(file));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed folder {Folder} not found; the store stays empty.")]
    private partial void LogNoSeedFolder(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {File}: {Outcome}, {Facts} facts added.")]
    private partial void LogSeeded(string file, IngestOutcome outcome, int facts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding {File} failed; continuing with the other reports.")]
    private partial void LogSeedFailed(Exception error, string file);
}
