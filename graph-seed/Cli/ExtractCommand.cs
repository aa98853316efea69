using System.CommandLine;
using KnowledgeGraph.Extraction.Json;
using KnowledgeGraph.Extraction.Metadata;
using KnowledgeGraph.Seed.Loading;
using Spectre.Console;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>
/// extract FILE... --json: the facts of each report as one JSON object a line (the extraction issue's format);
/// without --json, a table of what was found. Options state metadata the text does not (a sidecar wins over them).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Report files, folders or globs.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per report, one per line." };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "Jurisdiction, when the text does not name it (高邑县)." };
        var level = new Option<string?>("--level") { Description = "county, district, countyLevelCity, zone or township." };
        level.AcceptOnlyFromAmong("county", "district", "countyLevelCity", "zone", "township");
        var parentCity = new Option<string?>("--parent-city") { Description = "Prefecture (石家庄市, 阿勒泰地区)." };
        var province = new Option<string?>("--province") { Description = "Province (河北省)." };
        var year = new Option<int?>("--year") { Description = "The year reported on." };
        var command = new Command("extract", "Extract the facts of reports (documents, delegations, responsibilities, problems, metrics) with their evidence.")
        {
            files, json, jurisdiction, level, parentCity, province, year,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var found = ReportPaths.Expand(parse.GetValue(files)!);
            foreach (var nothing in found.Unmatched) await error.WriteLineAsync($"extract: {nothing} names no report file.").ConfigureAwait(false);
            var defaults = new ReportMetaOverrides
            {
                Jurisdiction = parse.GetValue(jurisdiction),
                Level = parse.GetValue(level) is { } l ? JsonNames.ParseLevel(l) : null,
                ParentCity = parse.GetValue(parentCity),
                Province = parse.GetValue(province),
                Year = parse.GetValue(year),
            };
            var reader = new ReportReader(defaults);
            var console = Terminal.For(output);
            var failed = found.Unmatched.Count;
            foreach (var file in found.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var facts = reader.Read(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false), file);
                    if (parse.GetValue(json))
                    {
                        await output.WriteLineAsync(FactsJson.Serialize(facts)).ConfigureAwait(false);
                        continue;
                    }
                    var meta = facts.Report;
                    var table = new Table().Title(Markup.Escape($"{Path.GetFileName(file)} — {meta.Jurisdiction} {meta.Year}"))
                        .AddColumn("facts").AddColumn(new TableColumn("count").RightAligned());
                    AddCount(table, "documents", facts.Documents.Count);
                    AddCount(table, "agencies", facts.Agencies.Count);
                    AddCount(table, "townships", facts.Townships.Count);
                    AddCount(table, "delegations", facts.Delegations.Count);
                    AddCount(table, "responsibilities", facts.Responsibilities.Count);
                    AddCount(table, "problems", facts.Problems.Count);
                    AddCount(table, "metrics", facts.Metrics.Count);
                    console.Write(table);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    await error.WriteLineAsync($"extract: {file}: {e.Message}").ConfigureAwait(false);
                }
            }
            return failed == 0 && found.Files.Count > 0 ? 0 : 1;
        });
        return command;
    }

    private static void AddCount(Table table, string what, int count) =>
        table.AddRow(what, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
