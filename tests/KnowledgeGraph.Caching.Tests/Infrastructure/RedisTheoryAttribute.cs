namespace KnowledgeGraph.Caching.Tests.Infrastructure;

/// <summary>The theory form of <see cref="RedisFactAttribute"/>, with the same skip rule.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisTheoryAttribute : TheoryAttribute
{
    public RedisTheoryAttribute()
    {
        Skip = new RedisFactAttribute().Skip;
    }
}
