namespace KnowledgeGraph.Explorer.Tests;

/// <summary>Addresses of the explorer's views, as a reader would share them: <c>/#/view?param=value</c>.</summary>
internal static class ExplorerUrl
{
    public static string View(string view, params (string Name, string Value)[] parameters)
    {
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
        return query.Length == 0 ? $"/#/{view}" : $"/#/{view}?{query}";
    }
}
