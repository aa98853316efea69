using System.CommandLine;
using KnowledgeGraph.Extraction.Evaluation;
using KnowledgeGraph.Seed.Loading;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>
/// evaluate: precision and recall per fact type of the extractor against the hand-checked gold files
/// (NAME.gold.json ↔ NAME.txt), per report and in total; --held-out scores the reports of other governments
/// kept beside their gold files, which the extractor's rules were not written against.
/// </summary>
internal static class EvaluateCommand
{
    private const string DefaultGold = "tests/KnowledgeGraph.Extraction.Tests/Gold";
    private const string DefaultReports = "graph-seed/reports";
    private const string HeldOut = "tests/KnowledgeGraph.Extraction.Tests/HeldOut";

    public static Command Create()
    {
        var gold = new Option<DirectoryInfo?>("--gold") { Description = $"Folder of NAME.gold.json files (default: {DefaultGold} in the repository)." };
        var reports = new Option<DirectoryInfo?>("--reports") { Description = $"Folder of the NAME.txt reports (default: {DefaultReports} in the repository)." };
        var differences = new Option<bool>("--differences") { Description = "Also list every fact missed or invented." };
        var check = new Option<bool>("--check") { Description = "Exit with 1 when a fact type's total is below its target." };
        var heldOut = new Option<bool>("--held-out") { Description = $"Evaluate the held-out reports ({HeldOut}: NAME.txt beside NAME.gold.json) instead of the seeded ones." };
        var command = new Command("evaluate", "Precision and recall per fact type against the gold files.") { gold, reports, differences, check, heldOut };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var root = RepositoryRoot();
            var held = parse.GetValue(heldOut);
            var goldDir = parse.GetValue(gold)?.FullName ?? (root is null ? null : Path.Combine(root, held ? HeldOut : DefaultGold));
            var reportDir = parse.GetValue(reports)?.FullName ?? (root is null ? null : Path.Combine(root, held ? HeldOut : DefaultReports));
            if (goldDir is null || !Directory.Exists(goldDir) || reportDir is null || !Directory.Exists(reportDir))
            {
                await error.WriteLineAsync("evaluate: gold or report folder not found; pass --gold DIR and --reports DIR.").ConfigureAwait(false);
                return 2;
            }

            var reader = new ReportReader();
            var evaluations = new List<GoldEvaluation>();
            var failed = false;
            foreach (var goldFile in Directory.EnumerateFiles(goldDir, "*.gold.json").Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = Path.GetFileName(goldFile)[..^".gold.json".Length];
                var reportFile = Path.Combine(reportDir, name + ".txt");
                try
                {
                    var facts = reader.Read(await File.ReadAllBytesAsync(reportFile, cancellationToken).ConfigureAwait(false), reportFile);
                    evaluations.Add(GoldEvaluator.Evaluate(facts, GoldReport.Load(goldFile), name));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed = true;
                    await error.WriteLineAsync($"evaluate: {name}: {e.Message}").ConfigureAwait(false);
                }
            }
            if (evaluations.Count == 0)
            {
                await error.WriteLineAsync($"evaluate: no gold file could be evaluated in {goldDir}.").ConfigureAwait(false);
                return 2;
            }

            await output.WriteAsync(GoldEvaluator.FormatTable(evaluations)).ConfigureAwait(false);
            if (parse.GetValue(differences))
            {
                foreach (var evaluation in evaluations)
                {
                    foreach (var difference in evaluation.Differences)
                        await output.WriteLineAsync($"{evaluation.Report}: {difference}").ConfigureAwait(false);
                }
            }
            var belowTarget = evaluations[0].Scores.Select(s => s.FactType)
                .Select(type => evaluations.Select(e => e[type]).Aggregate((a, b) => a + b))
                .Any(total => !EvaluationTargets.Meets(total));
            return failed || (parse.GetValue(check) && belowTarget) ? 1 : 0;
        });
        return command;
    }

    /// <summary>The folder holding graph-seed/reports, from the working folder upwards.</summary>
    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, DefaultReports))) return dir.FullName;
        }
        return null;
    }
}
