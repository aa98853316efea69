namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// Provincial (or municipal) documents a county implements with one of its own: 根据《{省}X》… 制定《{县}Y》.
/// </summary>
internal static class ProvincialPairs
{
    public static readonly (string Upper, string Local)[] All =
    [
        ("重大行政决策程序规定", "重大行政决策事项目录管理办法"),
        ("行政规范性文件管理办法", "行政规范性文件合法性审核办法"),
        ("行政执法公示办法", "行政执法公示实施细则"),
        ("法治政府建设实施方案", "法治政府建设实施方案"),
        ("乡镇综合行政执法事项指导目录", "乡镇综合行政执法事项清单"),
        ("行政执法监督条例", "行政执法监督工作办法"),
    ];
}
