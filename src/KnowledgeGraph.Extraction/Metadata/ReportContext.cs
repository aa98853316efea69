using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Metadata;

/// <summary>
/// What recognizers need to know about the reporting region: its name and the short forms the text uses for it
/// (高邑县 → 高邑; 唐山高新技术产业开发区 → 唐山高新区, 高新区), the level word that stands for it in 县司法局,
/// its parent city and province, and the year reported on (to complete dates such as 5月18日).
/// </summary>
internal sealed class ReportContext
{
    private static readonly string[] ZoneSuffixes = ["高新技术产业开发区", "经济技术开发区", "经济开发区", "高新技术开发区", "高新区", "开发区", "新区", "工业园区", "园区"];

    public ReportContext(string jurisdiction, RegionLevel level, string? parentCity, string? province, int year)
    {
        Jurisdiction = jurisdiction;
        Level = level;
        ParentCity = parentCity;
        Province = province;
        Year = year;
        _aliases = BuildAliases(jurisdiction, level);
        LevelWord = level switch
        {
            RegionLevel.County => jurisdiction.EndsWith('旗') ? "旗" : "县",
            RegionLevel.District or RegionLevel.Zone => "区",
            RegionLevel.CountyLevelCity => "市",
            RegionLevel.Township => jurisdiction.EndsWith('乡') ? "乡" : "镇",
            _ => jurisdiction.Length > 0 && jurisdiction[^1] is '县' or '区' or '市' or '旗' ? jurisdiction[^1].ToString() : "县",
        };
    }

    public string Jurisdiction { get; }
    public RegionLevel Level { get; }
    public string? ParentCity { get; }
    public string? Province { get; }
    public int Year { get; }

    /// <summary>Names the text uses for the jurisdiction, longest first.</summary>
    public IReadOnlyList<string> Aliases => _aliases;

    private readonly string[] _aliases;

    /// <summary>县, 区, 市 or 旗: the word that means "this jurisdiction" in 县司法局, 区政府.</summary>
    public string LevelWord { get; }

    /// <summary>The alias the text starts with, or null.</summary>
    public string? AliasPrefix(ReadOnlySpan<char> text)
    {
        foreach (var a in _aliases)
        {
            if (text.StartsWith(a, StringComparison.Ordinal)) return a;
        }
        return null;
    }

    private static string[] BuildAliases(string name, RegionLevel level)
    {
        var aliases = new List<string>();
        if (name.Length == 0) return [];
        aliases.Add(name);
        foreach (var suffix in ZoneSuffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal) || name.Length == suffix.Length) continue;
            var city = name[..^suffix.Length];
            if (suffix.Contains("高新", StringComparison.Ordinal)) { aliases.Add(city + "高新区"); aliases.Add("高新区"); }
            else if (suffix.Contains("开发区", StringComparison.Ordinal)) { aliases.Add(city + "开发区"); aliases.Add(city + "经开区"); aliases.Add("开发区"); }
            break;
        }
        if (level is RegionLevel.County or RegionLevel.District or RegionLevel.CountyLevelCity && name.Length >= 3)
        {
            var stem = name.EndsWith("自治县", StringComparison.Ordinal) ? name[..^3] : name[..^1];
            if (stem.Length >= 2) aliases.Add(stem);
        }
        return aliases.Distinct().OrderByDescending(a => a.Length).ToArray();
    }
}
