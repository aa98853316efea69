using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Metadata;

namespace KnowledgeGraph.Storage.Tests.Fixtures;

/// <summary>The five real reports read by the extractor with their NAME.meta.json sidecars, as the API and graph-seed load them.</summary>
public static class ExtractedReports
{
    private static readonly Lazy<IReadOnlyList<ReportFacts>> Five = new(() =>
        ReportTexts.All.Select(file => ReportExtractor.Default.Extract(File.ReadAllBytes(Path.Combine(ReportTexts.Directory, file)),
            ReportMetaOverrides.LoadSidecar(Path.Combine(ReportTexts.Directory, file)), file)).ToList());

    public static IReadOnlyList<ReportFacts> All() => Five.Value;

    public static ReportFacts Of(string file) => All()[ReportTexts.All.ToList().IndexOf(file)];
}
