namespace KnowledgeGraph.Extraction.Metadata;

/// <summary>China's provincial-level divisions: full name, short name, and the one-character abbreviation used in document numbers (冀政办字 → 河北省).</summary>
internal static class Provinces
{
    public static readonly (string Full, string Short, string Abbr)[] All =
    [
        ("北京市", "北京", "京"), ("天津市", "天津", "津"), ("河北省", "河北", "冀"), ("山西省", "山西", "晋"),
        ("内蒙古自治区", "内蒙古", "蒙"), ("辽宁省", "辽宁", "辽"), ("吉林省", "吉林", "吉"), ("黑龙江省", "黑龙江", "黑"),
        ("上海市", "上海", "沪"), ("江苏省", "江苏", "苏"), ("浙江省", "浙江", "浙"), ("安徽省", "安徽", "皖"),
        ("福建省", "福建", "闽"), ("江西省", "江西", "赣"), ("山东省", "山东", "鲁"), ("河南省", "河南", "豫"),
        ("湖北省", "湖北", "鄂"), ("湖南省", "湖南", "湘"), ("广东省", "广东", "粤"), ("广西壮族自治区", "广西", "桂"),
        ("海南省", "海南", "琼"), ("重庆市", "重庆", "渝"), ("四川省", "四川", "川"), ("贵州省", "贵州", "黔"),
        ("云南省", "云南", "云"), ("西藏自治区", "西藏", "藏"), ("陕西省", "陕西", "陕"), ("甘肃省", "甘肃", "甘"),
        ("青海省", "青海", "青"), ("宁夏回族自治区", "宁夏", "宁"), ("新疆维吾尔自治区", "新疆", "新"),
        ("新疆生产建设兵团", "兵团", "兵"),
    ];

    public static string? ByAbbreviation(char abbr)
    {
        foreach (var p in All)
        {
            if (p.Abbr[0] == abbr) return p.Full;
        }
        return null;
    }

    /// <summary>The province a text starts with (河北省…, 湖南…, 新疆维吾尔自治区…), or null.</summary>
    public static string? Prefix(ReadOnlySpan<char> text)
    {
        foreach (var p in All)
        {
            if (text.StartsWith(p.Full, StringComparison.Ordinal) || text.StartsWith(p.Short, StringComparison.Ordinal)) return p.Full;
        }
        return null;
    }
}
