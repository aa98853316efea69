using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction.Json;
using KnowledgeGraph.Extraction.Metadata;

namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// A deterministic synthetic corpus of county rule-of-law reports: each report is its text in the genre plus the
/// facts it states (with evidence spans into that text). Same options → byte-identical texts and equal facts,
/// whatever the degree of parallelism. Reports stream in a stable order (county, then year) without the corpus
/// ever being held in memory.
/// </summary>
public sealed class SyntheticCorpus
{
    private const int Chunk = 256;

    public SyntheticCorpus(SyntheticCorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Atlas = Atlas.Build(options.Counties, options.MeanTownships, options.Seed);
    }

    public SyntheticCorpusOptions Options { get; }

    public Atlas Atlas { get; }

    public int ReportCount => Atlas.Counties.Count * Options.Years;

    /// <summary>The relative path a report's text is written to: 河北省/高邑县-2020.txt.</summary>
    public static string FileNameOf(ReportMeta meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return $"{meta.Province ?? "未知"}/{meta.Jurisdiction}-{meta.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}.txt";
    }

    /// <summary>The report of the i-th (county, year) pair in corpus order.</summary>
    public ReportFacts Compose(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, ReportCount);
        var county = Atlas.Counties[index / Options.Years];
        var year = Options.FirstYear + index % Options.Years;
        return ReportComposer.Compose(county, year, SeedMixer.Mix(Options.Seed, county.Index, year));
    }

    /// <summary>
    /// The i-th report as facts mode loads it: what its text states plus each delegation's catalogued matters, as
    /// if the authorizing document's appendix (事项清单) had been loaded beside the report.
    /// </summary>
    public ReportFacts ComposeWithMatterLists(int index)
    {
        var report = Compose(index);
        var county = Atlas.Counties[index / Options.Years];
        return MatterAppendix.Attach(report, SeedMixer.Mix(~Options.Seed, county.Index, report.Report.Year));
    }

    /// <summary>All reports in corpus order, composed on all cores a chunk at a time.</summary>
    public IAsyncEnumerable<ReportFacts> ReportsAsync(CancellationToken cancellationToken = default) =>
        ReportsAsync(withMatterLists: false, cancellationToken);

    /// <summary>All reports in corpus order; with <paramref name="withMatterLists"/> as facts mode loads them.</summary>
    public async IAsyncEnumerable<ReportFacts> ReportsAsync(bool withMatterLists, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new ReportFacts[Chunk];
        for (var first = 0; first < ReportCount; first += Chunk)
        {
            var size = Math.Min(Chunk, ReportCount - first);
            var offset = first;
            await Parallel.ForAsync(0, size, cancellationToken, (i, _) =>
            {
                buffer[i] = withMatterLists ? ComposeWithMatterLists(offset + i) : Compose(offset + i);
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);
            for (var i = 0; i < size; i++) yield return buffer[i];
        }
    }

    /// <summary>
    /// Writes every report's text (UTF-8, no BOM) under <paramref name="directory"/>, with a NAME.meta.json sidecar
    /// stating its jurisdiction, level, prefecture, province and year when <paramref name="sidecars"/> is set; returns how many.
    /// </summary>
    public async Task<int> WriteTextsAsync(string directory, bool sidecars = false, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var written = 0;
        await foreach (var report in ReportsAsync(cancellationToken).ConfigureAwait(false))
        {
            var path = Path.Combine(directory, FileNameOf(report.Report));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, report.OriginalText, encoding, cancellationToken).ConfigureAwait(false);
            if (sidecars)
            {
                var sidecar = ReportMetaOverrides.SidecarPath(path);
                await File.WriteAllTextAsync(sidecar, SidecarJson(report.Report), encoding, cancellationToken).ConfigureAwait(false);
            }
            progress?.Report(++written);
        }
        return written;
    }

    /// <summary>The sidecar format ReportMetaOverrides reads, written with Chinese left readable.</summary>
    internal static string SidecarJson(ReportMeta meta)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("jurisdiction", meta.Jurisdiction);
            if (meta.Level.Name() is { } level) json.WriteString("level", level);
            if (meta.ParentCity is not null) json.WriteString("parentCity", meta.ParentCity);
            if (meta.Province is not null) json.WriteString("province", meta.Province);
            json.WriteNumber("year", meta.Year);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
