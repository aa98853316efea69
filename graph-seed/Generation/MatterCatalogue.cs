namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// The 事项清单 a delegating document lists in its appendix: catalogued matters named as power catalogues name them
/// (对未取得燃气经营许可证从事燃气经营活动的处罚, 道路货物运输经营许可 …), per field of the delegating departments and
/// per category of power. One catalogue nationwide, as the provincial catalogues are built from the same laws.
/// </summary>
public static class MatterCatalogue
{
    /// <summary>What each field regulates: the activities its matters are about.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> Activities = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["交通运输管理"] = ["道路旅客运输经营", "道路货物运输经营", "出租汽车客运经营", "机动车维修经营", "机动车驾驶员培训", "道路危险货物运输",
            "网络预约出租汽车经营", "客运站经营", "水路运输经营", "港口经营", "公路超限运输", "公路路政管理"],
        ["宗教管理"] = ["宗教活动场所设立", "宗教临时活动", "宗教教职人员备案", "宗教活动场所内改建新建建筑物", "宗教团体开展宗教教育培训",
            "宗教院校以外组织宗教培训", "宗教活动场所接受境外捐赠", "大型宗教活动", "宗教用品销售", "宗教活动场所财务管理",
            "宗教出版物发行", "互联网宗教信息服务"],
        ["市场监管"] = ["食品生产经营", "小餐饮经营", "食品摊贩经营", "特种设备使用", "计量器具使用", "产品质量", "广告发布", "价格收费",
            "网络交易经营", "药品零售经营", "医疗器械经营", "个体工商户登记"],
        ["安全生产"] = ["非煤矿山开采", "烟花爆竹经营", "危险化学品经营", "小微企业安全生产", "人员密集场所消防安全", "有限空间作业",
            "建筑施工安全生产", "粉尘涉爆企业生产", "金属冶炼企业生产", "燃气经营", "液化石油气充装", "安全生产培训"],
        ["住房城乡建设"] = ["燃气经营", "建筑工程施工", "农村自建房建设", "房屋市政工程质量", "物业服务", "房地产开发经营", "建筑垃圾处置",
            "城镇排水与污水处理", "市政设施占用挖掘", "建筑起重机械使用", "商品房预售", "住宅室内装饰装修"],
        ["自然资源"] = ["农村宅基地使用", "乡村建设规划", "临时用地", "土地复垦", "地质灾害防治", "矿产资源开采", "测绘活动", "基本农田保护",
            "土地征收补偿", "不动产登记", "国土空间规划实施", "采矿用地"],
        ["文化旅游"] = ["营业性演出", "网吧经营", "歌舞娱乐场所经营", "游艺娱乐场所经营", "旅行社经营", "导游执业", "文物保护单位保护",
            "出版物零售", "印刷经营", "广播电视设施保护", "卫星电视地面接收设施设置", "非物质文化遗产保护"],
        ["农业农村"] = ["农药经营", "兽药经营", "种子生产经营", "肥料经营", "饲料生产经营", "动物防疫", "生猪屠宰", "渔业捕捞",
            "农机安全监理", "农产品质量安全", "农村宅基地审批", "畜禽养殖污染防治"],
        ["卫生健康"] = ["公共场所卫生", "生活饮用水卫生", "学校卫生", "医疗机构执业", "医师执业", "计划生育技术服务", "职业病防治",
            "传染病防治", "消毒产品生产", "放射诊疗", "母婴保健技术服务", "控烟管理"],
        ["劳动保障"] = ["用人单位劳动合同", "工资支付", "工作时间和休息休假", "社会保险参保", "职业介绍", "劳务派遣经营", "人力资源服务",
            "禁止使用童工", "女职工劳动保护", "农民工工资保证金", "职业技能培训", "劳动用工备案"],
        ["水利"] = ["河道管理范围内建设项目", "取水", "河道采砂", "水土保持", "水库大坝安全", "农村供水工程", "防洪工程设施",
            "入河排污口设置", "水利工程管理范围内活动", "节约用水", "地下水开采", "蓄滞洪区建设"],
        ["林业"] = ["林木采伐", "林地占用", "野生动物保护", "森林防火", "古树名木保护", "林木种苗生产经营", "木材运输", "自然保护地管理",
            "湿地保护", "林业有害生物防治", "陆生野生植物采集", "林草防火期野外用火"],
        ["城市管理"] = ["户外广告设置", "占道经营", "城市绿化", "市容环境卫生", "建筑垃圾运输", "违法建设", "城市道路挖掘", "餐饮油烟排放",
            "露天烧烤", "生活垃圾分类", "城市照明设施", "临街门店外摆"],
    };

    /// <summary>How a catalogue words a matter of each category about an activity.</summary>
    private static readonly IReadOnlyDictionary<string, Func<string, string>[]> Wordings = new Dictionary<string, Func<string, string>[]>(StringComparer.Ordinal)
    {
        ["行政处罚"] =
        [
            a => $"对未经许可擅自从事{a}活动的处罚", a => $"对{a}中违反安全管理规定的处罚", a => $"对{a}中未按规定履行告知义务的处罚",
            a => $"对{a}中拒绝、阻碍监督检查的处罚", a => $"对{a}中伪造、涂改、出租、出借许可证件的处罚",
            a => $"对{a}中未建立台账或者台账记录不实的处罚", a => $"对{a}中超出核准范围活动的处罚",
            a => $"对{a}中逾期不改正违法行为的处罚",
        ],
        ["行政检查"] = [a => $"对{a}的监督检查", a => $"对{a}的日常巡查", a => $"对{a}的专项检查", a => $"对{a}的投诉举报核查",
            a => $"对{a}的随机抽查", a => $"对{a}的年度检查"],
        ["行政强制"] = [a => $"{a}中查封、扣押涉案物品", a => $"对{a}违法行为的代履行"],
        ["行政许可"] = [a => $"{a}许可", a => $"{a}许可变更", a => $"{a}许可延续"],
        ["行政确认"] = [a => $"{a}备案", a => $"{a}登记"],
        ["行政征收"] = [a => $"{a}相关费用征收"],
    };

    private static readonly string[] Fields = [.. Activities.Keys.Order(StringComparer.Ordinal)];

    private static readonly Dictionary<(string Category, string Field), string[]> ByCategoryAndField = Build();

    /// <summary>The categories an item-level catalogue has.</summary>
    public static IReadOnlyCollection<string> Categories => Wordings.Keys.ToArray();

    /// <summary>Every matter of a category in a field, in catalogue order; all fields when <paramref name="field"/> is null or unknown.</summary>
    public static IReadOnlyList<(string Field, string Item)> Matters(string category, string? field)
    {
        ArgumentException.ThrowIfNullOrEmpty(category);
        if (field is not null && ByCategoryAndField.TryGetValue((category, field), out var items)) return items.Select(i => (field, i)).ToArray();
        return Fields.SelectMany(f => ByCategoryAndField.TryGetValue((category, f), out var all) ? all.Select(i => (f, i)) : []).ToArray();
    }

    /// <summary>How many distinct matters the catalogue holds.</summary>
    public static int Count => ByCategoryAndField.Values.Sum(v => v.Length);

    private static Dictionary<(string, string), string[]> Build()
    {
        var result = new Dictionary<(string, string), string[]>();
        foreach (var (category, wordings) in Wordings)
        {
            foreach (var field in Fields)
            {
                result[(category, field)] = Activities[field].SelectMany(a => wordings.Select(w => w(a))).Distinct(StringComparer.Ordinal).ToArray();
            }
        }
        return result;
    }
}
