namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list/non-null wrapper (spec §3 "Types").</summary>
public abstract class GraphQLType
{
    /// <summary>The type as written in documents, e.g. <c>[Int!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary>A list of the wrapped type.</summary>
public sealed class ListType : GraphQLType
{
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override string ToString() => "[" + OfType + "]";
}

/// <summary>The wrapped type, never null.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType) throw new ArgumentException("Non-null of non-null is not a valid type.", nameof(ofType));
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override string ToString() => OfType + "!";
}
