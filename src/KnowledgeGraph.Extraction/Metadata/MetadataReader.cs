using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Metadata;

/// <summary>
/// Reads what a report says about itself: the title line, the signature block (issuer line then a date line),
/// the jurisdiction (from signature, title, addressee, or the region named most often with its organs), the
/// year reported on, and the parent city and province where the text reveals them.
/// </summary>
internal static partial class MetadataReader
{
    [GeneratedRegex(@"^(?<y>(19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?<name>[\p{IsCJKUnifiedIdeographs}]{2,10}?(?:自治县|自治旗|高新技术产业开发区|经济技术开发区|经济开发区|高新区|开发区|新区|县|区|市|旗))")]
    private static partial Regex JurisdictionName();

    [GeneratedRegex(@"《(?!关于)(?<name>[\p{IsCJKUnifiedIdeographs}]{2,6}?(?:市(?!场)|地区|自治州|盟))")]
    private static partial Regex CityOpeningTitle();

    [GeneratedRegex(@"(?<y>(19|20)\d{2})\s*年度?")]
    private static partial Regex YearMention();

    [GeneratedRegex(@"(现将|现就)[^。]{0,12}?(?<y>(19|20)\d{2})\s*年度?|^(?<y>(19|20)\d{2})\s*年度?[,,以来]")]
    private static partial Regex OpeningYear();

    [GeneratedRegex(@"[((](盖章|印章|签章|章)[))]|\s+")]
    private static partial Regex SealMark();

    private const int HeadLength = 200_000;

    private const string GenericFirstChars = "全我本各该县区市省每两一此其上下";

    public static (ReportMeta Meta, ReportContext Context) Read(NormalizedText text, ReportMetaOverrides? overrides)
    {
        var lines = new NonEmptyLines(text.Text);
        // A report reveals its region, parents and year early; a huge input is only sampled for them.
        var head = text.Text.Length > HeadLength ? text.Text[..HeadLength] : text.Text;
        string? title = FindTitle(lines);
        var (issuer, issued) = FindSignature(lines);

        var found = FindJurisdiction(head, lines, issuer, title, out var chainParent);
        var jurisdiction = overrides?.Jurisdiction ?? found ?? string.Empty;
        var level = overrides?.Level ?? LevelOf(jurisdiction);
        var year = overrides?.Year ?? FindYear(head, lines, title, issued);
        var parent = overrides?.ParentCity ?? FindParentCity(head, jurisdiction, level) ?? chainParent;
        var province = overrides?.Province ?? FindProvince(head);

        var meta = new ReportMeta
        {
            Jurisdiction = jurisdiction,
            Level = level,
            ParentCity = parent,
            Province = province,
            Year = year,
            Issuer = overrides?.Issuer ?? issuer,
            IssuedDate = overrides?.IssuedDate ?? issued,
            Title = overrides?.Title ?? title,
        };
        return (meta, new ReportContext(jurisdiction, level, parent, province, year));
    }

    public static RegionLevel LevelOf(string name)
    {
        if (name.Length == 0) return RegionLevel.Unknown;
        if (name.EndsWith("开发区", StringComparison.Ordinal) || name.EndsWith("高新区", StringComparison.Ordinal) || name.EndsWith("园区", StringComparison.Ordinal) || name.EndsWith("新区", StringComparison.Ordinal)) return RegionLevel.Zone;
        return name[^1] switch
        {
            '县' or '旗' => RegionLevel.County,
            '区' => RegionLevel.District,
            '市' => RegionLevel.CountyLevelCity,
            '镇' or '乡' or '道' => RegionLevel.Township,
            _ => RegionLevel.Unknown,
        };
    }

    // Web chrome the cleaner cannot know (a column name, a repeated title, a 来源 line) may push the title down.
    private const int TitleSearchLines = 12;

    private static string? FindTitle(NonEmptyLines lines)
    {
        for (var i = 0; i < Math.Min(3, lines.Count); i++)
        {
            var l = lines[i];
            if (l.Length <= 80 && !l.Contains('。', StringComparison.Ordinal) && l.Contains("报告", StringComparison.Ordinal) && (l.Contains("法治", StringComparison.Ordinal) || l.Contains("依法行政", StringComparison.Ordinal)))
                return l;
        }
        // Further down only the report-title pattern counts: …年…法治政府建设…报告, a line that is not a sentence.
        for (var i = 3; i < Math.Min(TitleSearchLines, lines.Count); i++)
        {
            var l = lines[i];
            if (l.Length > 60 || l.AsSpan().IndexOfAny("。,;:") >= 0 || !l.EndsWith("报告", StringComparison.Ordinal)) continue;
            var year = YearMention().Match(l);
            var topic = l.IndexOf("法治政府建设", StringComparison.Ordinal);
            if (topic < 0) topic = l.IndexOf("依法行政", StringComparison.Ordinal);
            if (year.Success && topic > year.Index) return l;
        }
        return null;
    }

    private static (string? Issuer, DateOnly? Date) FindSignature(NonEmptyLines lines)
    {
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 4); i--)
        {
            var m = DateLine().Match(ChineseNumerals.DigitsInDate(lines[i]));
            if (!m.Success) continue;
            var date = DateOf(m);
            string? issuer = null;
            if (i > 0)
            {
                var candidate = SealMark().Replace(lines[i - 1], string.Empty);
                if (candidate.Length is >= 2 and <= 40 && !candidate.Contains('。', StringComparison.Ordinal) && !candidate.Contains(',', StringComparison.Ordinal)) issuer = candidate;
            }
            return (issuer, date);
        }
        return (null, null);
    }

    private static DateOnly? DateOf(Match m)
    {
        var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static string? FindJurisdiction(string text, NonEmptyLines lines, string? issuer, string? title, out string? chainParent)
    {
        chainParent = null;
        // The signature and the title name the reporting government; the addressee line (中共高邑县委:) names its superior organ of the same region.
        foreach (var source in new[] { issuer, title, lines.Count > 0 && lines[0] is { Length: <= 24 } first && first.EndsWith(':') ? first : null })
        {
            if (source is null) continue;
            var s = source.StartsWith("中共", StringComparison.Ordinal) ? source[2..] : source;
            // 2020年静海区…: a year before the name is not part of it.
            s = YearMention().Replace(s, " ");
            // 成都市武侯区人民政府: of a chain of regions the last one is the reporting jurisdiction.
            Match? chosen = null;
            foreach (Match m in JurisdictionName().Matches(s))
            {
                var name = m.Groups["name"].Value;
                if (chosen is null)
                {
                    if (GenericFirstChars.Contains(name[0], StringComparison.Ordinal)) continue;
                    chosen = m;
                }
                else if (m.Index == chosen.Index + chosen.Length && m.Length >= 2)
                {
                    chainParent ??= chosen.Value;
                    chosen = m;
                }
                else
                {
                    break;
                }
            }
            if (chosen is not null) return chosen.Value;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in RegionWithOrganScanner.Names(text))
        {
            if (GenericFirstChars.Contains(name[0], StringComparison.Ordinal) || name.StartsWith("中共", StringComparison.Ordinal) || name.Contains("依法", StringComparison.Ordinal) || name.Contains('治', StringComparison.Ordinal) || name.StartsWith("关于", StringComparison.Ordinal)) continue;
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        // 季度向区 (from "第一季度向区委…报告") is the tail of a clause before 区委, not a name: a region's name also
        // starts a clause somewhere (",平鲁区委、区政府…", "中共平鲁区委").
        return counts.Where(kv => StartsAClause(text, kv.Key))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).FirstOrDefault();
    }

    private static bool StartsAClause(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (at == 0 || !CityWithOrganScanner.IsCjk(text[at - 1]) || text.AsSpan(0, at).EndsWith("中共", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static int FindYear(string text, NonEmptyLines lines, string? title, DateOnly? issued)
    {
        if (title is not null && YearMention().Match(title) is { Success: true } t) return int.Parse(t.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        for (var i = 0; i < Math.Min(4, lines.Count); i++)
        {
            var m = OpeningYear().Match(lines[i]);
            if (m.Success) return int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        }
        // Reports are signed early in the following year; one signed in the second half covers the year it was signed in.
        if (issued is DateOnly d) return d.Month <= 6 ? d.Year - 1 : d.Year;
        var counts = new Dictionary<int, int>();
        foreach (Match m in YearMention().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            counts[y] = counts.GetValueOrDefault(y) + 1;
        }
        return counts.Count == 0 ? 0 : counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
    }

    private static string? FindParentCity(string text, string jurisdiction, RegionLevel level)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(Regex regex)
        {
            foreach (Match m in regex.Matches(text)) Add(m.Groups["name"].Value);
        }
        void Add(string written)
        {
            var name = StripVerbs(written);
            if (name.Length < 3 || GenericFirstChars.Contains(name[0], StringComparison.Ordinal) || name == jurisdiction || jurisdiction.StartsWith(name, StringComparison.Ordinal) && name.EndsWith('市') && level == RegionLevel.CountyLevelCity) return;
            if (Provinces.Prefix(name) is { } p && (name.StartsWith(p, StringComparison.Ordinal) || name.Length <= 4)) return;
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        Count(CityOpeningTitle());
        foreach (var name in CityWithOrganScanner.Names(text)) Add(name);
        if (counts.Count > 0) return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        // 武汉市法治政府建设实施方案 without 《》: taken only when it is the one prefecture so named.
        foreach (var name in UnmarkedCityScanner.Names(text)) Add(name);
        if (counts.Count == 1) return counts.Keys.First();
        // A zone is named after its city: 唐山高新技术产业开发区 lies in 唐山市.
        if (level == RegionLevel.Zone)
        {
            var at = jurisdiction.IndexOf("高新", StringComparison.Ordinal);
            if (at < 0) at = jurisdiction.IndexOf("经济", StringComparison.Ordinal);
            if (at < 0) at = jurisdiction.IndexOf("开发区", StringComparison.Ordinal);
            if (at >= 2) return jurisdiction[..at] + "市";
        }
        return null;
    }

    private static readonly string[] Verbs = ["依托", "按照", "根据", "贯彻", "落实", "对接", "配合", "通过", "报送", "向", "对", "在", "与", "经", "由", "和"];

    /// <summary>依托阿勒泰地区 → 阿勒泰地区: a region name never starts with a verb.</summary>
    private static string StripVerbs(string name)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var v in Verbs)
            {
                if (name.Length > v.Length + 2 && name.StartsWith(v, StringComparison.Ordinal)) { name = name[v.Length..]; changed = true; }
            }
        }
        return name;
    }

    // The 31 provincial-level divisions by full name (the corps, 兵团, is not a province a report names).
    private static readonly string[] ProvinceFullNames =
        ["北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区"];

    /// <summary>The full names by last character (省, 市 or 区), in list order.</summary>
    private static readonly Dictionary<char, string[]> ProvincesEndingIn = ProvinceFullNames.GroupBy(n => n[^1]).ToDictionary(g => g.Key, g => g.ToArray());

    // 视察山西重要讲话 / 对湖南系列重要讲话: the province a leader's speech was about is the report's own.
    [GeneratedRegex(@"视察(?<p>内蒙古|黑龙江|[\p{IsCJKUnifiedIdeographs}]{2})|(?<p>内蒙古|黑龙江|[\p{IsCJKUnifiedIdeographs}]{2})(系列)?重要讲话")]
    private static partial Regex ProvinceInSpeech();

    private static string? FindProvince(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // Every full name ends in 省, 市 or 区, none starts with one of those, and no two can overlap: counting
        // the names that end at each 省/市/区 counts every occurrence, as the left-to-right regex did.
        var at = 0;
        while (at < text.Length && text.AsSpan(at).IndexOfAny('省', '市', '区') is var hit and >= 0)
        {
            at += hit + 1;
            var before = text.AsSpan(0, at);
            foreach (var name in ProvincesEndingIn[before[^1]])
            {
                if (!before.EndsWith(name, StringComparison.Ordinal)) continue;
                counts[name] = counts.GetValueOrDefault(name) + 1;
                break;
            }
        }
        if (counts.Count > 0) return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        foreach (Match m in ProvinceInSpeech().Matches(text))
        {
            var name = m.Groups["p"].Value;
            foreach (var p in Provinces.All)
            {
                if (p.Short == name) return p.Full;
            }
        }
        return null;
    }
}
