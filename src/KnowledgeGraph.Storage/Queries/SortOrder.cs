namespace KnowledgeGraph.Storage.Queries;

public enum SortDirection
{
    Ascending = 0,
    Descending,
}

/// <summary>A sort on one field of a list; ties are always broken by id so paging is stable.</summary>
public sealed record SortOrder<TField>(TField Field, SortDirection Direction = SortDirection.Ascending)
    where TField : struct, Enum;
