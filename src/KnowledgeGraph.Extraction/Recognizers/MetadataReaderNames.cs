using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>Whether a body's name already starts with a region of its own (石家庄市行政审批局, 阿勒泰地区…).</summary>
internal static partial class MetadataReaderNames
{
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,6}?(省|自治区|市|地区|自治州|盟|县|旗)(?!场|民|级|直|属|域|委)")]
    private static partial Regex RegionHead();

    public static bool NamesRegion(string name) => RegionHead().IsMatch(name);
}
