namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// A 《》 title that names a newspaper or magazine (《人民日报》, 《中国税务报》, 《半月谈》杂志) rather than a document:
/// reports cite them where their work was publicised. Reports, bulletins and briefings (…报告, …通报, …简报, …公报)
/// are documents and stay.
/// </summary>
internal static class PeriodicalTitle
{
    private static readonly string[] PeriodicalEnds = ["日报", "晚报", "早报", "时报", "商报", "周报", "导报", "画报", "杂志", "周刊", "月刊", "旬刊", "期刊", "学报", "半月谈"];

    // 通报 简报 公报 快报 汇报 情报 预报 年报 专报 呈报 申报 举报 战报 捷报 喜报 警报 回报 上报 填报 电报 月报 季报: documents or acts.
    private const string DocumentBeforeBao = "通简公快汇情预年专呈申举战捷喜警回上填电月季";

    private const int MaxNameLength = 10;

    public static bool Is(string title)
    {
        foreach (var end in PeriodicalEnds)
        {
            if (title.EndsWith(end, StringComparison.Ordinal)) return true;
        }
        // 中国税务报, 法治报: a short name ending in 报 that is no kind of document.
        return title.Length is > 2 and <= MaxNameLength && title[^1] == '报' && !DocumentBeforeBao.Contains(title[^2], StringComparison.Ordinal)
            && !title.Contains("关于", StringComparison.Ordinal) && !title.Contains('的', StringComparison.Ordinal);
    }
}
