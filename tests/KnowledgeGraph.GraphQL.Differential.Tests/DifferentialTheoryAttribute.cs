namespace KnowledgeGraph.GraphQL.Differential.Tests;

/// <summary>A theory that is skipped, with the reason, when graphql-js is not available outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DifferentialTheoryAttribute : TheoryAttribute
{
    public DifferentialTheoryAttribute()
    {
        if (GraphQLJsReference.SkipReason is { } reason) Skip = reason;
    }
}
