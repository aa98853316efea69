namespace KnowledgeGraph.Api.Seeding;

/// <summary>Finds the seed folder: as configured when absolute, else from the content root upwards.</summary>
public static class SeedReportsFinder
{
    public static string? Find(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured)) return Directory.Exists(configured) ? configured : null;
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
