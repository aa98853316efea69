namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// The stock phrases of the genre, taken from how real 法治政府建设工作报告 word things. Every entry that carries
/// a fact says which fact; plain phrases carry no numbers, so the only figures in a generated report are facts.
/// </summary>
internal static class Phrasebook
{
    /// <summary>Local documents: title after the jurisdiction's name, and the number code after its abbreviation.</summary>
    public static readonly (string Title, string Code)[] LocalDocuments =
    [
        ("重大行政决策程序实施细则", "政办发"), ("重大行政决策实施后评估制度", "政办发"), ("行政规范性文件管理实施细则", "政办发"),
        ("行政执法公示办法", "政办函"), ("行政执法全过程记录办法", "政办函"), ("重大行政执法决定法制审核办法", "政办函"),
        ("行政执法责任制", "政办发"), ("行政执法案卷评查工作实施细则", "政办发"), ("政府行政复议答复暂行办法", "政办函"),
        ("人民政府行政应诉实施细则", "政办函"), ("行政机关负责人出庭应诉规定", "政办函"), ("政府法律顾问工作规则", "政办发"),
        ("优化营商环境攻坚行动方案", "政发"), ("证明事项告知承诺制实施方案", "政办发"), ("行政执法人员培训制度", "司发"),
        ("法治政府建设考评方案", "政发"), ("行政争议诉前化解工作实施办法", "司发"), ("涉企行政执法检查备案办法", "政办发"),
    ];

    /// <summary>Who issues under each number code (高政办发 ↔ 高邑县人民政府办公室).</summary>
    public static string IssuerOf(string code, string jurisdiction, string government) => code switch
    {
        "政发" => government,
        "政办发" or "政办函" => government + "办公室",
        "司发" => jurisdiction + "司法局",
        "办字" => "中共" + jurisdiction + "委办公室",
        _ => government,
    };

    /// <summary>National laws every county implements (kind: law).</summary>
    public static readonly string[] Laws =
    [
        "中华人民共和国行政处罚法", "中华人民共和国行政许可法", "中华人民共和国行政强制法", "中华人民共和国行政复议法",
        "中华人民共和国行政诉讼法", "中华人民共和国安全生产法", "中华人民共和国食品安全法", "中华人民共和国道路交通安全法",
        "中华人民共和国土地管理法", "中华人民共和国城乡规划法", "中华人民共和国环境保护法", "中华人民共和国森林法",
        "中华人民共和国水法", "中华人民共和国野生动物保护法", "中华人民共和国消防法", "中华人民共和国药品管理法",
        "中华人民共和国产品质量法", "中华人民共和国劳动合同法", "中华人民共和国传染病防治法", "中华人民共和国文物保护法",
        "中华人民共和国畜牧法", "中华人民共和国农产品质量安全法", "中华人民共和国动物防疫法", "中华人民共和国种子法",
        "中华人民共和国特种设备安全法", "中华人民共和国大气污染防治法", "中华人民共和国水污染防治法", "中华人民共和国公路法",
        "中华人民共和国建筑法", "中华人民共和国矿产资源法", "中华人民共和国防洪法", "中华人民共和国水土保持法",
        "中华人民共和国公职人员政务处分法", "中华人民共和国乡村振兴促进法", "中华人民共和国民法典",
    ];

    /// <summary>State Council regulations on government conduct (kind: administrative regulation), and what implementing them means.</summary>
    public static readonly (string Title, string Practice)[] Regulations =
    [
        ("重大行政决策程序暂行条例", "将公众参与、专家论证、风险评估、合法性审查、集体讨论决定确定为重大行政决策的法定程序"),
        ("优化营商环境条例", "依法平等保护各类市场主体合法权益"),
        ("中华人民共和国政府信息公开条例", "坚持以公开为常态、不公开为例外"),
    ];

    /// <summary>Prefecture documents a county follows (kind: municipal), title after the prefecture's name.</summary>
    public static readonly string[] MunicipalDocuments =
    [
        "法治政府建设督察工作方案", "行政执法“三项制度”实施办法", "法治政府建设示范创建活动实施方案", "行政执法协调监督工作体系建设实施方案",
    ];

    /// <summary>The verbs reports use when a government adopts its own document.</summary>
    public static readonly string[] AdoptVerbs = ["制定印发", "研究制定", "修订完善", "出台"];

    /// <summary>What reports say a newly adopted document achieves.</summary>
    public static readonly string[] AdoptPurposes =
    [
        "进一步规范行政行为", "为依法行政提供制度依据", "推动各项工作有章可循", "确保行政权力在法治轨道上运行",
        "明确工作范围、标准与时限",
    ];

    public static readonly string[] LeadTasks =
    [
        "全县行政执法案卷评查工作", "法治政府建设督察工作", "行政规范性文件清理工作", "法治政府建设示范创建工作",
        "行政执法人员资格管理和培训工作", "“八五”普法中期评估工作",
    ];

    public static readonly string[] CoordinateTasks =
    [
        "全县政务公开工作", "法治政府建设年度考核工作", "重大行政决策目录编制工作", "政务服务便民热线办理工作",
    ];

    public static readonly string[] MemberTasks =
    [
        "法治宣传教育工作", "行政执法协调监督工作", "优化营商环境法治保障工作", "矛盾纠纷多元化解工作",
    ];

    public static readonly string[] UndertakeTasks =
    [
        "人大代表建议和政协委员提案的办理工作", "行政复议决定的履行工作", "法治政府建设专项督察反馈问题的整改工作",
    ];

    /// <summary>Items of a problems chapter: the shortcoming and its category.</summary>
    public static readonly (string Text, string Category)[] Problems =
    [
        ("部分领导干部运用法治思维和法治方式推动工作的能力有待提高", "思想认识"),
        ("少数单位对法治政府建设重视不够,贯彻执行力度不足", "思想认识"),
        ("法治人才储备不足,基层法治工作力量相对薄弱", "队伍建设"),
        ("乡镇综合执法队伍专业化水平不高,执法装备保障不到位", "队伍建设"),
        ("行政执法规范化水平有待提升,执法文书制作不够规范", "执法规范"),
        ("行政规范性文件备案审查工作还需加强", "制度建设"),
        ("法治政府建设的监督考评机制还不健全", "监督考核"),
        ("普法宣传的针对性和实效性有待增强", "普法宣传"),
        ("基层矛盾纠纷化解机制还不完善", "矛盾化解"),
    ];

    /// <summary>Counted problems found and rectified during the year: what was examined and the counting word.</summary>
    public static readonly (string Activity, string Unit)[] CountedProblems =
    [
        ("组织开展行政执法案卷评查", "个"), ("开展行政规范性文件专项清理", "条"), ("开展法治政府建设专项督察", "个"),
        ("开展涉企行政执法检查", "个"),
    ];

    public static readonly string[] Plans =
    [
        "持续加强党对法治政府建设的领导,认真履行推进法治建设第一责任人职责",
        "不断完善依法行政制度体系,严格落实重大行政决策法定程序",
        "深化乡镇综合行政执法改革,加强基层执法队伍建设和执法保障",
        "加强行政执法监督,全面落实行政执法“三项制度”",
        "深入开展法治宣传教育,推动“八五”普法规划全面落实",
        "健全矛盾纠纷多元化解机制,充分发挥行政复议化解行政争议的主渠道作用",
        "持续优化法治化营商环境,依法平等保护各类市场主体合法权益",
    ];

    public static readonly string[] Openings =
    [
        "坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想",
        "全面贯彻党的二十大精神,深入学习贯彻习近平法治思想",
        "坚持以习近平法治思想为引领,认真贯彻落实中央和省、市关于法治政府建设的决策部署",
    ];

    public static string[] ChineseNumerals { get; } = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
}
