namespace KnowledgeGraph.Domain;

/// <summary>Administrative level of a region. County-level jurisdictions are what publish the reports.</summary>
public enum RegionLevel
{
    Unknown = 0,
    Province,
    City,            // 市, 地区, 州, 盟: prefecture level
    County,          // 县, 旗
    District,        // 区
    CountyLevelCity, // 县级市
    Zone,            // 高新区, 开发区, 园区 with a management committee
    Township,        // 乡, 镇, 街道, 办事处
}

public enum AgencyKind
{
    Other = 0,
    Government,      // 人民政府 and its departments
    Party,           // 县委, 政法委, 纪委 …
    Court,
    Procuratorate,
    PeoplesCongress, // 人大, 政协 grouped here as legislative/consultative
}

public enum DocumentKind
{
    Unknown = 0,
    Law,                      // 《中华人民共和国…法》
    AdministrativeRegulation, // 国务院 条例
    CentralPolicy,            // 中共中央/国务院/中办国办 documents
    Provincial,
    Municipal,
    Local,                    // county-level and below
    Report,                   // annual reports themselves
}

/// <summary>How powers are handed down (下放, 委托, 划转, 赋权, 相对集中).</summary>
public enum DelegationMode
{
    Devolve = 0,   // 下放
    Entrust,       // 委托 (incl. 委托行使)
    Transfer,      // 划转
    Empower,       // 赋权 (incl. 直接赋权)
    Concentrate,   // 相对集中
}

public enum ResponsibilityRole
{
    FirstResponsible = 0, // 第一责任人
    Lead,                 // 牵头
    Member,               // 成员单位
    Coordinate,           // 统筹协调
    Undertake,            // 承办
}

/// <summary>Which part of a report a sentence sits in.</summary>
public enum SectionKind
{
    Other = 0,
    Achievements,
    Problems,
    Plans,
}

public enum ProblemStatus
{
    Open = 0,
    Rectifying,
    Rectified,
}
