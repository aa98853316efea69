using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Seed.Generation;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>
/// The generator knows what it wrote; the extractor reads the text back. Both must agree on the facts a user
/// would look up: documents (title and number), delegations (mode, item count, date, authorizing document),
/// responsibilities (holder and role), problems (counts), metrics (value and unit), and the report's own metadata.
/// </summary>
public sealed partial class GeneratorRoundTripTests
{
    /// <summary>Generated once for all cases: 60 reports and what the extractor reads from each text.</summary>
    private static readonly Lazy<Task<List<(ReportFacts Generated, ReportFacts Read)>>> Pairs = new(async () =>
    {
        var corpus = new SyntheticCorpus(new SyntheticCorpusOptions { Counties = 30, Years = 2, FirstYear = 2020, Seed = 77 });
        var pairs = new List<(ReportFacts, ReportFacts)>();
        await foreach (var generated in corpus.ReportsAsync())
            pairs.Add((generated, ReportExtractor.Default.Extract(generated.OriginalText, null, generated.SourceName)));
        return pairs;
    });

    [Theory]
    [InlineData("report")]
    [InlineData("documents")]
    [InlineData("delegations")]
    [InlineData("responsibilities")]
    [InlineData("problems")]
    [InlineData("metrics")]
    [InlineData("townships")]
    public async Task What_the_extractor_reads_from_generated_texts_is_what_was_generated(string facts)
    {
        var differences = new List<string>();
        foreach (var (generated, read) in await Pairs.Value)
        {
            Assert.Equal(generated.OriginalText, read.OriginalText);
            differences.AddRange(Compare(facts, generated, read).Select(d => $"{generated.SourceName}: {d}"));
        }
        Assert.True(differences.Count == 0, $"{differences.Count} differences in {facts}:\n" + string.Join('\n', differences.Take(30)));
    }

    private static IEnumerable<string> Compare(string facts, ReportFacts generated, ReportFacts read)
    {
        var (g, r) = (generated.Report, read.Report);
        return facts switch
        {
            "report" => Same("report", [$"{g.Jurisdiction} {g.Level} {g.Year}"], [$"{r.Jurisdiction} {r.Level} {r.Year}"]),
            "documents" => Same("documents", generated.Documents.Select(Key), read.Documents.Select(Key)),
            "delegations" => Same("delegations", generated.Delegations.Select(Key), read.Delegations.Select(Key)),
            "responsibilities" => Same("responsibilities", generated.Responsibilities.Select(x => $"{x.Role} {x.Holder}"),
                read.Responsibilities.Select(x => $"{x.Role} {x.Holder}")),
            "problems" => Same("problems", generated.Problems.Select(Key), read.Problems.Select(Key)),
            "metrics" => Metrics(generated, read),
            "townships" => Townships(generated, read),
            _ => throw new ArgumentOutOfRangeException(nameof(facts), facts, "no such fact type"),
        };
    }

    /// <summary>
    /// Every stated metric must be read; a figure read as a metric beyond those must at least be a figure the report
    /// states elsewhere (an item count, a problem count), never one it does not contain.
    /// </summary>
    private static IEnumerable<string> Metrics(ReportFacts generated, ReportFacts read)
    {
        var metricsRead = read.Metrics.Select(Key).ToList();
        var missed = Subtract(generated.Metrics.Select(Key).ToList(), metricsRead);
        if (missed.Count > 0) yield return "metrics not read: " + string.Join(" | ", missed);
        var stated = StatedFigures(generated);
        var invented = Subtract(metricsRead, generated.Metrics.Select(Key).ToList()).Where(m => !stated.Contains(m)).ToList();
        if (invented.Count > 0) yield return "figures read that the report does not state: " + string.Join(" | ", invented);
    }

    /// <summary>Every township and park the report names must be read (the extractor may also read collectives).</summary>
    private static IEnumerable<string> Townships(ReportFacts generated, ReportFacts read)
    {
        var missing = generated.Townships.Select(t => t.Name).Except(read.Townships.Select(t => t.Name), StringComparer.Ordinal).ToList();
        if (missing.Count > 0) yield return "townships not read: " + string.Join("、", missing);
    }

    private static string Key(DocumentFact d) => $"《{d.Title}》{d.Number}";

    private static string Key(DelegationFact d) =>
        $"{d.Mode} {d.ItemCount?.ToString(CultureInfo.InvariantCulture)} {d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {d.AuthorizedBy}";

    /// <summary>A counted problem is known by its counts (its wording is the extractor's choice of span); the others by their words.</summary>
    private static string Key(ProblemFact p) => p.Found is null && p.Rectified is null ? ProblemText(p.Text) : $"发现{p.Found} 整改{p.Rectified}";

    /// <summary>Figures with their units that facts other than metrics state: 39项, 8个 (乡镇), 发现问题150个.</summary>
    private static HashSet<string> StatedFigures(ReportFacts facts)
    {
        var figures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in facts.Delegations)
        {
            if (d.ItemCount is { } items) figures.Add($"{items}项");
            if (d.RecipientCount is { } recipients) figures.Add($"{recipients}个");
        }
        foreach (var p in facts.Problems)
        {
            var unit = p.Text.Length > 0 ? p.Text[^1].ToString() : string.Empty;
            if (p.Found is { } found) figures.Add(found.ToString(CultureInfo.InvariantCulture) + unit);
            if (p.Rectified is { } rectified) figures.Add(rectified.ToString(CultureInfo.InvariantCulture) + unit);
        }
        return figures;
    }

    private static string Key(MetricFact m) => $"{m.Value.ToString("0.####", CultureInfo.InvariantCulture)}{m.Unit}";

    /// <summary>A problem's words without its enumerator (一是) and closing punctuation, which extraction may keep or drop.</summary>
    private static string ProblemText(string text) => Enumerator().Replace(text, string.Empty).TrimEnd('。', ';', ';', ',', ',');

    [GeneratedRegex("^[一二三四五六七八九十]+是")]
    private static partial Regex Enumerator();

    /// <summary>Multiset equality, reported as what was generated but not read and what was read but not generated.</summary>
    private static IEnumerable<string> Same(string what, IEnumerable<string> generated, IEnumerable<string> read)
    {
        var left = generated.Order(StringComparer.Ordinal).ToList();
        var right = read.Order(StringComparer.Ordinal).ToList();
        var missed = Subtract(left, right);
        var invented = Subtract(right, left);
        if (missed.Count > 0) yield return $"{what} not read: " + string.Join(" | ", missed);
        if (invented.Count > 0) yield return $"{what} read but not written: " + string.Join(" | ", invented);
    }

    private static List<string> Subtract(List<string> from, List<string> take)
    {
        var rest = new List<string>(from);
        foreach (var item in take) rest.Remove(item);
        return rest;
    }
}
