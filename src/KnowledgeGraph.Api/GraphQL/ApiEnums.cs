namespace KnowledgeGraph.Api.GraphQL;

/// <summary>GraphQL `SortEnumType` (HotChocolate's name for it).</summary>
public enum SortEnumType
{
    Asc,
    Desc,
}

/// <summary>GraphQL `MetricGroupBy`.</summary>
public enum MetricGroupBy
{
    Region,
    Year,
    Name,
    Unit,
}

/// <summary>GraphQL `ProblemGroupBy`.</summary>
public enum ProblemGroupBy
{
    Region,
    Year,
    Category,
    Status,
}
