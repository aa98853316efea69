using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// The real provincial map of China (31 province-level units, their real count of county-level units and of
/// prefecture-level units) and the characters real place names are built from. Generated names are plausible,
/// not real, so nobody mistakes synthetic data for a real government's report.
/// </summary>
internal static class Gazetteer
{
    /// <summary>Province, the short name documents use (冀, 湘 …), county-level units, prefecture-level units, and whether it is a municipality.</summary>
    public static readonly IReadOnlyList<ProvinceSpec> Provinces =
    [
        new("北京市", "京", 16, 1, true), new("天津市", "津", 16, 1, true), new("河北省", "冀", 167, 11, false),
        new("山西省", "晋", 117, 11, false), new("内蒙古自治区", "内蒙古", 103, 12, false), new("辽宁省", "辽", 100, 14, false),
        new("吉林省", "吉", 60, 9, false), new("黑龙江省", "黑", 121, 13, false), new("上海市", "沪", 16, 1, true),
        new("江苏省", "苏", 95, 13, false), new("浙江省", "浙", 90, 11, false), new("安徽省", "皖", 104, 16, false),
        new("福建省", "闽", 84, 9, false), new("江西省", "赣", 100, 11, false), new("山东省", "鲁", 136, 16, false),
        new("河南省", "豫", 157, 17, false), new("湖北省", "鄂", 103, 13, false), new("湖南省", "湘", 122, 14, false),
        new("广东省", "粤", 122, 21, false), new("广西壮族自治区", "桂", 111, 14, false), new("海南省", "琼", 25, 4, false),
        new("重庆市", "渝", 38, 1, true), new("四川省", "川", 183, 21, false), new("贵州省", "黔", 88, 9, false),
        new("云南省", "云", 129, 16, false), new("西藏自治区", "藏", 74, 7, false), new("陕西省", "陕", 107, 10, false),
        new("甘肃省", "甘", 86, 14, false), new("青海省", "青", 44, 8, false), new("宁夏回族自治区", "宁", 22, 5, false),
        new("新疆维吾尔自治区", "新", 107, 14, false),
    ];

    /// <summary>Provinces whose prefectures are often 地区 or 自治州 rather than 市.</summary>
    public static readonly IReadOnlySet<string> FrontierProvinces = new HashSet<string>(StringComparer.Ordinal)
    {
        "新疆维吾尔自治区", "西藏自治区", "青海省", "云南省", "四川省", "贵州省", "甘肃省", "内蒙古自治区",
    };

    /// <summary>First characters of real place names (高邑, 岳阳, 平鲁, 富蕴, 唐山 …).</summary>
    public static readonly string[] Heads =
    [
        "高", "岳", "平", "富", "唐", "安", "长", "永", "新", "清", "宁", "临", "东", "西", "南", "北", "建", "德", "兴", "武",
        "怀", "嘉", "丰", "泰", "庆", "昌", "广", "宜", "和", "华", "定", "通", "双", "隆", "乐", "汉", "云", "阳", "会", "石",
        "柳", "桃", "松", "桐", "梅", "金", "玉", "龙", "凤", "鹤", "青", "白", "黄", "红", "紫", "章", "彭", "洛", "沁", "汾",
        "泾", "渭", "涟", "湘", "沅", "浏", "汨", "遂", "蓬", "巴", "灵", "仁", "信", "顺", "崇", "文", "博", "万", "宝", "海",
    ];

    /// <summary>Second characters of real place names.</summary>
    public static readonly string[] Tails =
    [
        "邑", "阳", "鲁", "蕴", "山", "城", "州", "平", "安", "宁", "江", "川", "原", "泉", "水", "溪", "河", "林", "丰", "昌",
        "德", "兴", "化", "远", "源", "陵", "谷", "台", "峰", "乡", "田", "丘", "坪", "口", "坝", "沟", "湖", "泽", "桥", "门",
        "庄", "堡", "关", "岭", "冈", "塘", "滨", "津", "浦", "沙", "石", "松", "柏", "梁", "亭", "乐", "寿", "康", "武", "定",
    ];

    /// <summary>Characters that open a township name (公田镇, 筻口镇 …).</summary>
    public static readonly string[] TownshipHeads =
    [
        "公", "筻", "新", "黄", "杨", "张", "王", "李", "刘", "陈", "马", "中", "上", "下", "大", "小", "前", "后", "三", "五",
        "七", "九", "十", "百", "柏", "花", "草", "荷", "月", "星", "荣", "鹿", "牛", "羊", "鸡", "官", "塔", "寺", "观", "店",
        "铺", "集", "营", "屯", "寨", "旧", "古", "北", "南", "东", "西", "沙", "铁", "铜", "银", "金", "万", "福", "寿", "康",
    ];

    /// <summary>Characters that close a township name.</summary>
    public static readonly string[] TownshipTails =
    [
        "田", "口", "桥", "庄", "店", "集", "铺", "河", "湾", "坪", "岗", "山", "岭", "湖", "塘", "洲", "渡", "坊", "营", "寨",
        "堡", "屯", "沟", "峪", "台", "滩", "林", "园", "村", "埠", "溪", "泉", "阳", "城", "关", "门", "家", "头", "坡", "岩",
    ];

    /// <summary>Real park names follow "{place}{kind}", e.g. 岳阳县经济开发区, 唐山高新技术产业开发区.</summary>
    public static readonly string[] ParkKinds = ["经济开发区", "工业园区", "高新技术产业园区", "产业园区", "经济技术开发区"];

    public static RegionLevel LevelOf(string countyName) => countyName[^1] switch
    {
        '县' or '旗' => RegionLevel.County,
        '区' when countyName.EndsWith("开发区", StringComparison.Ordinal) => RegionLevel.Zone,
        '区' => RegionLevel.District,
        '市' => RegionLevel.CountyLevelCity,
        _ => RegionLevel.Unknown,
    };
}

internal sealed record ProvinceSpec(string Name, string ShortName, int Counties, int Prefectures, bool IsMunicipality);
