using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Ingestion;

/// <summary>How names as written become the keys entities resolve on: titles, agency names, recipients.</summary>
public static partial class EntityNames
{
    [GeneratedRegex(@"^(全县|全区|全市)?(各|所有|全部)?(乡镇|乡、镇|乡\(镇\)|乡（镇）|镇|乡|街道|乡镇街道|乡镇\(街道\)|乡镇（街道）)(人民政府)?$")]
    private static partial Regex CollectivePattern();

    [GeneratedRegex(@"^\d+个(乡镇|乡|镇|街道)")]
    private static partial Regex CountedCollectivePattern();

    /// <summary>A title without its 《》, with full-width forms folded, dashes unified (2021—2025 = 2021-2025), whitespace dropped.</summary>
    public static string TitleKey(string title) =>
        StableId.Normalize(title).Trim('《', '》', '<', '>').Replace('—', '-').Replace('–', '-').Replace('―', '-').Replace('－', '-');

    /// <summary>各乡镇, 5个乡镇, 乡镇人民政府 …: a recipient standing for every township of the jurisdiction.</summary>
    public static bool IsCollective(string recipient)
    {
        var text = StableId.Normalize(recipient);
        return CollectivePattern().IsMatch(text) || CountedCollectivePattern().IsMatch(text);
    }

    /// <summary>Township-level units and parks, by the suffix of their name.</summary>
    public static bool IsTownshipOrPark(string name)
    {
        var text = StableId.Normalize(name);
        return text.EndsWith('乡') || text.EndsWith('镇') || text.EndsWith("街道", StringComparison.Ordinal)
            || text.EndsWith("办事处", StringComparison.Ordinal) || text.EndsWith("园区", StringComparison.Ordinal)
            || text.EndsWith("开发区", StringComparison.Ordinal);
    }

    /// <summary>
    /// The name of a body with its region: 县司法局 in 高邑县 → 高邑县司法局; 区行政审批服务管理局 in 平鲁区 →
    /// 平鲁区行政审批服务管理局; names that already carry a region are kept.
    /// </summary>
    public static string Qualify(string name, string jurisdiction)
    {
        var text = StableId.Normalize(name);
        if (text.Length == 0 || text.StartsWith(jurisdiction, StringComparison.Ordinal)) return text;
        var levelChar = jurisdiction[^1];
        if (text[0] == levelChar && (levelChar is '县' or '区' or '市' or '旗')) return jurisdiction + text[1..];
        if (text.StartsWith("管委会", StringComparison.Ordinal) || text.StartsWith("开发区", StringComparison.Ordinal)) return jurisdiction + text;
        return text;
    }

    /// <summary>Whether a qualified name belongs to the jurisdiction (rather than to a city, province or the centre).</summary>
    public static bool BelongsTo(string qualifiedName, string jurisdiction) =>
        WithoutParty(qualifiedName).StartsWith(jurisdiction, StringComparison.Ordinal);

    /// <summary>中共高邑县委 → 高邑县委: the party prefix hides the region a body belongs to.</summary>
    public static string WithoutParty(string name) =>
        name.StartsWith("中共", StringComparison.Ordinal) && !name.StartsWith("中共中央", StringComparison.Ordinal) ? name[2..] : name;

    /// <summary>
    /// Guesses a document's kind from its title when nothing says: laws (《中华人民共和国…法》, 《民法典》, 《长江保护法》),
    /// State Council regulations (《…条例》) and the central outline (《法治政府建设实施纲要(…)》), none naming a place.
    /// Everything else stays unknown (and is then scoped to the citing jurisdiction).
    /// </summary>
    public static DocumentKind KindFromTitle(string titleKey)
    {
        if (titleKey.StartsWith("中华人民共和国", StringComparison.Ordinal)) return DocumentKind.Law;
        if (NamesAPlace(titleKey)) return DocumentKind.Unknown;
        if (titleKey.EndsWith("法典", StringComparison.Ordinal) || titleKey == "宪法"
            || (titleKey.EndsWith('法') && !titleKey.EndsWith("办法", StringComparison.Ordinal) && !titleKey.EndsWith("方法", StringComparison.Ordinal) && titleKey.Length <= 12))
        {
            return DocumentKind.Law;
        }
        if (titleKey.EndsWith("条例", StringComparison.Ordinal)) return DocumentKind.AdministrativeRegulation;
        if (titleKey.StartsWith("法治政府建设实施纲要", StringComparison.Ordinal) || titleKey.StartsWith("法治中国建设规划", StringComparison.Ordinal)
            || titleKey.StartsWith("法治社会建设实施纲要", StringComparison.Ordinal)) return DocumentKind.CentralPolicy;
        return DocumentKind.Unknown;
    }

    /// <summary>Titles that begin by naming a place (湖南省…, 岳阳县…, 高新区…) belong to that place.</summary>
    private static bool NamesAPlace(string titleKey)
    {
        var head = titleKey.Length > 8 ? titleKey[..8] : titleKey;
        return head.IndexOfAny(['省', '市', '县', '区', '州', '旗', '镇', '乡']) >= 0;
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,9}?(省|自治区|市|县|盟|地区)")]
    private static partial Regex PlacePrefix();

    /// <summary>
    /// Titles that open with a full place name (湖南省…, 岳阳县…, 石家庄市…) name their own scope: one node whoever cites
    /// them. A bare 高新区 or 区 is not enough (every city has one).
    /// </summary>
    public static bool NamesItsPlace(string titleKey) => PlacePrefix().IsMatch(titleKey);

    /// <summary>The key a national document resolves on: 《中华人民共和国民法典》 and 《民法典》 are one law.</summary>
    public static string NationalKey(string titleKey) =>
        titleKey.StartsWith("中华人民共和国", StringComparison.Ordinal) && titleKey.Length > 7 ? titleKey[7..] : titleKey;

    /// <summary>Central bodies (国务院, 中共中央, 司法部 …): one node whoever names them.</summary>
    public static bool IsNationalBody(string name) =>
        name.StartsWith("国务院", StringComparison.Ordinal) || name.StartsWith("中共中央", StringComparison.Ordinal)
        || name.StartsWith("党中央", StringComparison.Ordinal) || name.StartsWith("中央", StringComparison.Ordinal)
        || name.StartsWith("全国", StringComparison.Ordinal) || name.StartsWith("最高人民", StringComparison.Ordinal)
        || name.StartsWith("国家", StringComparison.Ordinal) || (name.EndsWith('部') && name.Length <= 5);

    /// <summary>Kinds whose documents are one node whoever cites them, even without a number or issuer.</summary>
    public static bool IsNational(DocumentKind kind) =>
        kind is DocumentKind.Law or DocumentKind.AdministrativeRegulation or DocumentKind.CentralPolicy;

    /// <summary>The administrative level a region's name implies when the report does not say.</summary>
    public static RegionLevel LevelFromName(string name)
    {
        if (name.EndsWith("开发区", StringComparison.Ordinal) || name.EndsWith("高新区", StringComparison.Ordinal)
            || name.EndsWith("园区", StringComparison.Ordinal)) return RegionLevel.Zone;
        if (name.EndsWith('省') || name.EndsWith("自治区", StringComparison.Ordinal)) return RegionLevel.Province;
        if (name.EndsWith('县') || name.EndsWith('旗')) return RegionLevel.County;
        if (name.EndsWith('区')) return RegionLevel.District;
        if (name.EndsWith("地区", StringComparison.Ordinal) || name.EndsWith('州') || name.EndsWith('盟')) return RegionLevel.City;
        if (name.EndsWith('乡') || name.EndsWith('镇') || name.EndsWith("街道", StringComparison.Ordinal)) return RegionLevel.Township;
        return RegionLevel.Unknown;
    }

    /// <summary>The kind of a body named only in passing (a delegating body or a holder), from its name.</summary>
    public static AgencyKind AgencyKindFromName(string name)
    {
        if (name.Contains("法院", StringComparison.Ordinal)) return AgencyKind.Court;
        if (name.Contains("检察院", StringComparison.Ordinal)) return AgencyKind.Procuratorate;
        if (name.Contains("人大", StringComparison.Ordinal) || name.Contains("政协", StringComparison.Ordinal)) return AgencyKind.PeoplesCongress;
        if (name.EndsWith('委') || name.Contains("党委", StringComparison.Ordinal) || name.Contains("纪委", StringComparison.Ordinal)
            || name.Contains("政法委", StringComparison.Ordinal) || name.StartsWith("中共", StringComparison.Ordinal)) return AgencyKind.Party;
        if (name.EndsWith('局') || name.EndsWith("政府", StringComparison.Ordinal) || name.EndsWith("办公室", StringComparison.Ordinal)
            || name.EndsWith('办') || name.EndsWith("管委会", StringComparison.Ordinal) || name.EndsWith("中心", StringComparison.Ordinal)) return AgencyKind.Government;
        return AgencyKind.Other;
    }
}
