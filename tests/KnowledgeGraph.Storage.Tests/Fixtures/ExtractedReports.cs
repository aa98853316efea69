using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Storage.Tests.Fixtures;

/// <summary>The five real reports read by the extractor, as the API and graph-seed load them.</summary>
public static class ExtractedReports
{
    private static readonly Lazy<IReadOnlyList<ReportFacts>> Five = new(() =>
        ReportTexts.All.Select(file => ReportExtractor.Default.Extract(File.ReadAllBytes(Path.Combine(ReportTexts.Directory, file)), sourceName: file)).ToList());

    public static IReadOnlyList<ReportFacts> All() => Five.Value;

    public static ReportFacts Of(string file) => All()[ReportTexts.All.ToList().IndexOf(file)];
}
