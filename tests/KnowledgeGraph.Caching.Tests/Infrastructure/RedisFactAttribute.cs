namespace KnowledgeGraph.Caching.Tests.Infrastructure;

/// <summary>
/// A test that needs a real redis-server. Skipped with a reason when redis-server is not installed, except under
/// CI (CI=true), where a missing server is a failure of the environment and the test must fail, not vanish.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (RedisServerLocator.Find() is null && !underCi)
        {
            Skip = "redis-server is not installed (apt-get install redis-server, or scripts/install-test-deps.sh).";
        }
    }
}
