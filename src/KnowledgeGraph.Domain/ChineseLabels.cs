namespace KnowledgeGraph.Domain;

/// <summary>The Chinese words the reports use for our enums, both ways. One table so every layer agrees.</summary>
public static class ChineseLabels
{
    private static readonly (DelegationMode Mode, string Label)[] Modes =
    [
        (DelegationMode.Devolve, "下放"), (DelegationMode.Entrust, "委托"), (DelegationMode.Transfer, "划转"),
        (DelegationMode.Empower, "赋权"), (DelegationMode.Concentrate, "相对集中"),
    ];

    private static readonly (ResponsibilityRole Role, string Label)[] Roles =
    [
        (ResponsibilityRole.FirstResponsible, "第一责任人"), (ResponsibilityRole.Lead, "牵头"),
        (ResponsibilityRole.Member, "成员单位"), (ResponsibilityRole.Coordinate, "统筹协调"),
        (ResponsibilityRole.Undertake, "承办"),
    ];

    public static string Label(this DelegationMode mode) => Modes.First(m => m.Mode == mode).Label;

    public static string Label(this ResponsibilityRole role) => Roles.First(r => r.Role == role).Label;

    public static bool TryParseMode(string label, out DelegationMode mode)
    {
        foreach (var (m, l) in Modes)
        {
            if (l == label) { mode = m; return true; }
        }
        mode = default;
        return false;
    }

    public static bool TryParseRole(string label, out ResponsibilityRole role)
    {
        foreach (var (r, l) in Roles)
        {
            if (l == label) { role = r; return true; }
        }
        role = default;
        return false;
    }
}
