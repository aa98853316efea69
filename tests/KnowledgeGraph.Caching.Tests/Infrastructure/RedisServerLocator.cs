namespace KnowledgeGraph.Caching.Tests.Infrastructure;

/// <summary>Finds redis-server on the PATH (or the usual Debian location).</summary>
public static class RedisServerLocator
{
    private static readonly Lazy<string?> Location = new(Search);

    public static string? Find() => Location.Value;

    private static string? Search()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Append("/usr/local/bin");
        return directories.Select(d => Path.Combine(d, "redis-server")).FirstOrDefault(File.Exists);
    }
}
