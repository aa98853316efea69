namespace KnowledgeGraph.Storage.Queries;

// Comparison operators of the GraphQL `where:` inputs (HotChocolate naming). Several given together must all
// hold; null means "no condition".

public sealed record StringMatch
{
    public string? Eq { get; init; }
    public string? Neq { get; init; }
    public IReadOnlyList<string>? In { get; init; }
    public string? Contains { get; init; }
    public string? StartsWith { get; init; }

    public static StringMatch Equal(string value) => new() { Eq = value };

    public static StringMatch Containing(string value) => new() { Contains = value };
}

public sealed record IntMatch
{
    public int? Eq { get; init; }
    public int? Neq { get; init; }
    public IReadOnlyList<int>? In { get; init; }
    public int? Gt { get; init; }
    public int? Gte { get; init; }
    public int? Lt { get; init; }
    public int? Lte { get; init; }

    public static IntMatch Between(int? from, int? to) => new() { Gte = from, Lte = to };
}

public sealed record DateMatch
{
    public DateOnly? Eq { get; init; }
    public DateOnly? Gt { get; init; }
    public DateOnly? Gte { get; init; }
    public DateOnly? Lt { get; init; }
    public DateOnly? Lte { get; init; }
}

public sealed record EnumMatch<T> where T : struct, Enum
{
    public T? Eq { get; init; }
    public T? Neq { get; init; }
    public IReadOnlyList<T>? In { get; init; }

    public static EnumMatch<T> Equal(T value) => new() { Eq = value };
}
