using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Metadata;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Seed.Loading;

/// <summary>
/// Reads one report file into facts: its sidecar NAME.meta.json (when present) overrides what the text says
/// about itself, then the extractor does the rest. Safe to use from many threads.
/// </summary>
public sealed class ReportReader
{
    private readonly ReportMetaOverrides? _defaults;

    /// <param name="defaults">Metadata from the command line, applied where a sidecar says nothing.</param>
    public ReportReader(ReportMetaOverrides? defaults = null) => _defaults = defaults;

    public ReportFacts Read(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var overrides = Merge(ReportMetaOverrides.LoadSidecar(path), _defaults);
        return ReportExtractor.Default.Extract(bytes, overrides, Path.GetFileName(path));
    }

    /// <summary>The content hash the store will see for these bytes, or null when they do not decode (extraction reports why).</summary>
    public string? TryHash(byte[] bytes)
    {
        try
        {
            return ReportLoader.HashOf(ReportDecoder.Decode(bytes));
        }
        catch (ReportFormatException)
        {
            return null;
        }
    }

    private static ReportMetaOverrides? Merge(ReportMetaOverrides? sidecar, ReportMetaOverrides? defaults)
    {
        if (sidecar is null || defaults is null) return sidecar ?? defaults;
        return new ReportMetaOverrides
        {
            Jurisdiction = sidecar.Jurisdiction ?? defaults.Jurisdiction,
            Level = sidecar.Level ?? defaults.Level,
            ParentCity = sidecar.ParentCity ?? defaults.ParentCity,
            Province = sidecar.Province ?? defaults.Province,
            Year = sidecar.Year ?? defaults.Year,
            Issuer = sidecar.Issuer ?? defaults.Issuer,
            IssuedDate = sidecar.IssuedDate ?? defaults.IssuedDate,
            Title = sidecar.Title ?? defaults.Title,
        };
    }
}
