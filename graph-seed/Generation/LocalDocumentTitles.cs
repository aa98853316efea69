namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// The documents a county government issues in a year, titled as such documents are: the jurisdiction's name, a
/// subject and the genre of the document (高邑县燃气安全隐患排查整治专项行动方案). A county issues dozens a year;
/// a title recurs in other years (each year's 工作要点) under a new number, so each is a document of its own.
/// </summary>
internal static class LocalDocumentTitles
{
    public static readonly string[] Subjects =
    [
        "行政执法公示", "行政执法全过程记录", "重大行政执法决定法制审核", "行政规范性文件合法性审核", "重大行政决策合法性审查",
        "政府法律顾问管理", "行政复议规范化建设", "行政应诉", "证明事项告知承诺制", "涉企行政执法检查", "行政执法案卷评查",
        "行政执法人员资格管理", "安全生产专项整治", "燃气安全隐患排查整治", "农村宅基地管理", "自建房安全专项整治",
        "校园周边环境综合治理", "食品安全监管", "生态环境保护督察整改", "河湖长制", "林长制", "营商环境优化提升",
        "政务服务一网通办", "乡镇综合行政执法", "行政执法协调监督", "包容审慎监管", "轻微违法行为不予处罚", "信用监管",
        "矛盾纠纷多元化解", "公共法律服务体系建设", "法治宣传教育", "领导干部学法用法", "政府信息公开", "政务诚信建设",
        "防汛抗旱应急", "森林防火", "城乡环境卫生整治", "农村人居环境整治", "耕地保护", "违法建设治理",
    ];

    public static readonly string[] Genres =
    [
        "实施方案", "管理办法", "实施细则", "工作规则", "暂行办法", "工作制度", "考核办法", "专项行动方案", "工作方案",
        "工作指引", "操作规程", "责任清单", "工作要点", "实施意见",
    ];

    /// <summary>How many distinct titles a jurisdiction can draw from.</summary>
    public static int Count => Subjects.Length * Genres.Length;

    /// <summary>The i-th title (0 ≤ i &lt; <see cref="Count"/>) of a jurisdiction.</summary>
    public static string Title(string jurisdiction, int i) => jurisdiction + Subjects[i / Genres.Length] + Genres[i % Genres.Length];
}
