using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Wraps sentences into a small report of a county the tests make up, and extracts it.</summary>
internal static class Extract
{
    public const string Title = "嘉善县人民政府关于2022年度法治政府建设情况的报告";

    public static ReportFacts Report(string body, string title = Title, string signature = "嘉善县人民政府\n2023年2月10日") =>
        ReportExtractor.Default.Extract($"{title}\n{body}\n{signature}\n");

    /// <summary>One sentence under an achievements heading.</summary>
    public static ReportFacts Achievement(string sentence) => Report("一、主要工作成效\n" + sentence);
}
