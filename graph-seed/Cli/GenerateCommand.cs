using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Seed.Generation;
using KnowledgeGraph.Seed.Loading;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>
/// generate: a deterministic synthetic corpus — report texts to --out DIR (for the extractor), facts straight into
/// the store with --sqlite FILE (fast path), or both.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var counties = new Option<int>("--counties") { Description = "County-level jurisdictions to generate.", DefaultValueFactory = _ => 10 };
        var years = new Option<int>("--years") { Description = "Years of reports per jurisdiction.", DefaultValueFactory = _ => 1 };
        var firstYear = new Option<int>("--first-year") { Description = "First year reported on.", DefaultValueFactory = _ => 2020 };
        var seed = new Option<int>("--seed") { Description = "Seed; the same seed gives byte-identical output.", DefaultValueFactory = _ => 1 };
        var townships = new Option<int>("--townships") { Description = "Average townships per county.", DefaultValueFactory = _ => 13 };
        var scale = new Option<string?>("--scale") { Description = "Preset: national (about 2,850 counties, 38,000 townships, 5 years)." };
        scale.AcceptOnlyFromAmong("national");
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write report texts under this folder." };
        var batch = new Option<int>("--batch")
        {
            Description = "With a store: reports per write transaction (a savepoint per report).",
            DefaultValueFactory = _ => CorpusLoader.DefaultBatchSize,
        };
        var noBulk = new Option<bool>("--no-bulk")
        {
            Description = "Into a new SQLite file, write through the ordinary store (indexes kept up to date row by row) instead of a bulk load that builds them at the end.",
        };
        var sidecars = new Option<bool>("--sidecars") { Description = "With --out: write NAME.meta.json next to each text (jurisdiction, level, prefecture, province, year)." };
        var store = StoreOptions.Create();

        var command = new Command("generate", "Generate a synthetic national corpus of rule-of-law reports with Bogus.")
        {
            counties, years, firstYear, seed, townships, scale, outDir, sidecars, batch, noBulk,
        };
        store.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(outDir) is null && !store.IsExplicit(result))
                result.AddError("Say where to put the corpus: --out DIR for report texts, or a store (--sqlite FILE) for facts.");
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = parse.GetValue(scale) == "national"
                ? SyntheticCorpusOptions.National(parse.GetValue(seed))
                : new SyntheticCorpusOptions
                {
                    Counties = parse.GetValue(counties),
                    Years = parse.GetValue(years),
                    FirstYear = parse.GetValue(firstYear),
                    Seed = parse.GetValue(seed),
                    MeanTownships = parse.GetValue(townships),
                };
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                options.Validate();
            }
            catch (ArgumentOutOfRangeException e)
            {
                await error.WriteLineAsync($"generate: {e.ParamName} is out of range ({e.ActualValue}).").ConfigureAwait(false);
                return 2;
            }

            var clock = Stopwatch.StartNew();
            var corpus = new SyntheticCorpus(options);
            await output.WriteLineAsync(string.Format(CultureInfo.InvariantCulture,
                "generate: seed {0}, {1} jurisdictions, {2} townships, {3} years → {4} reports",
                options.Seed, corpus.Atlas.Counties.Count, corpus.Atlas.TownshipCount, options.Years, corpus.ReportCount)).ConfigureAwait(false);
            var progress = new ProgressReporter(output);
            var failed = false;
            if (parse.GetValue(outDir) is { } dir)
            {
                await progress.RunAsync("texts", corpus.ReportCount, async tick =>
                    await corpus.WriteTextsAsync(dir.FullName, parse.GetValue(sidecars), new Tick(tick), cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                await output.WriteLineAsync($"generate: wrote {corpus.ReportCount} report texts under {dir.FullName}").ConfigureAwait(false);
            }
            if (store.IsExplicit(parse.CommandResult))
            {
                var settings = store.Resolve(parse);
                await using var session = await StoreSession.OpenAsync(settings, bulk: !parse.GetValue(noBulk), cancellationToken).ConfigureAwait(false);
                if (session.IsBulk) await output.WriteLineAsync("generate: bulk load into a new file (indexes and search windows built at the end)").ConfigureAwait(false);
                LoadSummary summary = null!;
                await progress.RunAsync("facts", corpus.ReportCount, async tick =>
                    summary = await corpus.LoadAsync(session.Store, Math.Max(1, parse.GetValue(batch)), tick, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                await session.CompleteAsync(output, cancellationToken).ConfigureAwait(false);
                summary.Render(Terminal.For(output), settings.Describe());
                failed = summary.Failed > 0;
            }
            // The numbers the national benchmark reports: wall time, peak memory and, for SQLite, the database size.
            using var self = Process.GetCurrentProcess();
            // CPU time beside wall time: on a shared machine the wall clock measures the neighbours as much as the load
            await output.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, "generate: done in {0:0.0} s (CPU {3:0.0} s), peak memory {1:0} MB{2}",
                clock.Elapsed.TotalSeconds, self.PeakWorkingSet64 / 1048576.0, DatabaseSize(parse, store), self.TotalProcessorTime.TotalSeconds)).ConfigureAwait(false);
            return failed ? 1 : 0;
        });
        return command;
    }

    private static string DatabaseSize(ParseResult parse, StoreOptions store)
    {
        if (!store.IsExplicit(parse.CommandResult) || store.Resolve(parse) is not { Backend: StoreSettings.SqliteBackend, Sqlite: { } path }) return string.Empty;
        var files = new[] { path, path + "-wal" }.Where(File.Exists).ToArray();
        return files.Length == 0 ? string.Empty : string.Format(CultureInfo.InvariantCulture, ", database {0:0.0} MB", files.Sum(f => new FileInfo(f).Length) / 1048576.0);
    }

    /// <summary>Adapts the per-item callback to the corpus writer's IProgress.</summary>
    private sealed class Tick(Action tick) : IProgress<int>
    {
        public void Report(int value) => tick();
    }
}
