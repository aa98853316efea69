using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// The real set of county-level departments as reports name them. Short names drop the region word
/// (司法局 → 县司法局 / 区司法局); the abbreviation is the colloquial form reports also use (民宗局).
/// Field is the area of administrative power the department would hand down to townships.
/// </summary>
internal static class CountyDepartments
{
    public static readonly IReadOnlyList<Department> All =
    [
        new("司法局", null, "法治建设", AgencyKind.Government),
        new("交通运输局", null, "交通运输管理", AgencyKind.Government),
        new("民族宗教事务局", "民宗局", "宗教管理", AgencyKind.Government),
        new("市场监督管理局", "市场监管局", "市场监管", AgencyKind.Government),
        new("行政审批局", null, "行政审批", AgencyKind.Government),
        new("应急管理局", null, "安全生产", AgencyKind.Government),
        new("住房和城乡建设局", "住建局", "住房城乡建设", AgencyKind.Government),
        new("自然资源和规划局", null, "自然资源", AgencyKind.Government),
        new("文化广电和旅游局", "文广旅游局", "文化旅游", AgencyKind.Government),
        new("农业农村局", null, "农业农村", AgencyKind.Government),
        new("卫生健康局", "卫健局", "卫生健康", AgencyKind.Government),
        new("人力资源和社会保障局", "人社局", "劳动保障", AgencyKind.Government),
        new("水利局", null, "水利", AgencyKind.Government),
        new("林业局", null, "林业", AgencyKind.Government),
        new("城市管理综合行政执法局", "城管执法局", "城市管理", AgencyKind.Government),
        new("教育局", null, "教育", AgencyKind.Government),
        new("民政局", null, "民政", AgencyKind.Government),
        new("发展和改革局", "发改局", "发展改革", AgencyKind.Government),
        new("财政局", null, "财政", AgencyKind.Government),
        new("商务局", null, "商务", AgencyKind.Government),
        new("退役军人事务局", null, "退役军人事务", AgencyKind.Government),
        new("医疗保障局", "医保局", "医疗保障", AgencyKind.Government),
        new("统计局", null, "统计", AgencyKind.Government),
        new("审计局", null, "审计", AgencyKind.Government),
        new("信访局", null, "信访", AgencyKind.Government),
    ];

    /// <summary>Departments whose powers reports describe as devolved or entrusted to townships.</summary>
    public static readonly IReadOnlyList<Department> Delegating =
        All.Where(d => d.Field is "交通运输管理" or "宗教管理" or "市场监管" or "安全生产" or "住房城乡建设" or "自然资源"
            or "文化旅游" or "农业农村" or "卫生健康" or "劳动保障" or "水利" or "林业" or "城市管理").ToArray();

    /// <summary>The categories of administrative power (行政处罚, 行政许可 …) reports count matters in.</summary>
    public static readonly string[] PowerCategories = ["行政处罚", "行政检查", "行政强制", "行政许可", "行政确认", "行政征收"];
}

/// <summary>A county department: its full suffix (司法局), its colloquial abbreviation if any (民宗局), its field and kind.</summary>
internal sealed record Department(string Suffix, string? Abbreviation, string Field, AgencyKind Kind)
{
    /// <summary>How the report writes it: region word + abbreviation if the report prefers it (县民宗局).</summary>
    public string Written(string regionWord, bool abbreviated) =>
        regionWord + (abbreviated && Abbreviation is not null ? Abbreviation : Suffix);

    /// <summary>The name resolved inside the jurisdiction (高邑县民族宗教事务局).</summary>
    public string Normalized(string jurisdiction) => jurisdiction + Suffix;
}
