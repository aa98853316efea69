namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The default resolver's compiled getter for one CLR type and field (null when the type has no such member),
/// remembered per field of a plan so that lists of same-typed parents skip the shared getter table.
/// </summary>
internal sealed class PropertyReader
{
    public PropertyReader(Type type, Func<object, object?>? getter)
    {
        Type = type;
        Getter = getter;
    }

    public Type Type { get; }

    public Func<object, object?>? Getter { get; }
}
