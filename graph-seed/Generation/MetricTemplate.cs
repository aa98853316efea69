namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// A figure of the year as reports state it: "{0}" in the sentence is the value. Rates carry unit % and a range
/// in percent; counts are whole numbers.
/// </summary>
internal sealed record MetricTemplate(string Name, string Sentence, string Unit, decimal Min, decimal Max, int Decimals)
{
    public static readonly IReadOnlyList<MetricTemplate> All =
    [
        new("行政复议案件", "全年共受理行政复议案件{0}件,依法作出复议决定,有效化解行政争议。", "件", 5, 260, 0),
        new("行政机关负责人出庭应诉率", "行政机关负责人出庭应诉率达{0}%,实现出庭应诉常态化。", "%", 90, 100, 0),
        new("矛盾纠纷", "深入开展矛盾纠纷排查化解,共排查化解矛盾纠纷{0}件。", "件", 100, 3000, 0),
        new("政务服务事项网上可办率", "深化“互联网+政务服务”,政务服务事项网上可办率达{0}%。", "%", 85, 100, 1),
        new("权责清单", "全面落实政府权责清单制度,梳理发布权责清单{0}项。", "项", 2000, 7000, 0),
        new("行政执法证件", "加强行政执法队伍建设,全年共有{0}人取得行政执法证件。", "人", 200, 2000, 0),
        new("法治宣传活动", "深入开展法律“八进”活动,组织开展法治宣传活动{0}场次。", "场次", 20, 400, 0),
        new("热线诉求", "依托政务服务便民热线,全年受理群众诉求{0}条。", "条", 1000, 60000, 0),
        new("法律顾问", "全面推行政府法律顾问制度,全县共聘请法律顾问{0}人。", "人", 3, 60, 0),
        new("人民调解成功率", "人民调解组织依法调处各类纠纷,调解成功率达{0}%。", "%", 90, 100, 1),
    ];
}
