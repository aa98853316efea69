using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Seed.Generation;

/// <summary>One county-level jurisdiction of the synthetic map, with everything its reports need to name.</summary>
public sealed record CountyPlan
{
    /// <summary>Position in the atlas; with the corpus seed it fixes every random choice about this county.</summary>
    public required int Index { get; init; }
    public required string Name { get; init; }          // 高邑县
    public required RegionLevel Level { get; init; }
    public required string Province { get; init; }      // 河北省
    /// <summary>The prefecture (石家庄市, 阿勒泰地区); null for districts and counties of a municipality.</summary>
    public string? City { get; init; }
    /// <summary>The character document numbers start with (高 in 高政办发〔2020〕65号).</summary>
    public required string Abbreviation { get; init; }
    public required IReadOnlyList<string> Townships { get; init; }
    /// <summary>A park or development zone under the county, when it has one.</summary>
    public string? Park { get; init; }

    /// <summary>The word the report puts before its own departments: 县 in 县司法局, 区 in 区司法局, 市 in 市司法局.</summary>
    public string RegionWord => Level switch
    {
        RegionLevel.District or RegionLevel.Zone => "区",
        RegionLevel.CountyLevelCity => "市",
        _ => Name.EndsWith('旗') ? "旗" : "县",
    };

    /// <summary>What the report calls its own people's government (高邑县人民政府; 管理委员会 for zones).</summary>
    public string Government => Level == RegionLevel.Zone ? Name + "管理委员会" : Name + "人民政府";
}
