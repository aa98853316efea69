using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Type predicates and conversions (graphql-js definition.ts / typeFromAST / typeComparators).</summary>
public static class TypeHelpers
{
    public static NamedType? GetNamedType(GraphQLType? type)
    {
        while (true)
        {
            switch (type)
            {
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    return type as NamedType;
            }
        }
    }

    public static GraphQLType? GetNullableType(GraphQLType? type) => type is NonNullType n ? n.OfType : type;

    public static bool IsInputType(GraphQLType? type) => GetNamedType(type) is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(GraphQLType? type) =>
        GetNamedType(type) is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public static bool IsLeafType(GraphQLType? type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(GraphQLType? type) => type is InterfaceType or UnionType;

    /// <summary>The schema type a type reference denotes; null when a named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return node switch
        {
            NamedTypeNode named => schema.GetType(named.Name.Value),
            ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType
                ? new NonNullType(inner)
                : null,
            _ => null,
        };
    }

    /// <summary>Structural equality: the same named type under the same wrappers.</summary>
    public static bool IsEqualType(GraphQLType? a, GraphQLType? b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        _ => ReferenceEquals(a, b),
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> fits where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (IsEqualType(maybeSubType, superType)) return true;
        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSubType is NonNullType nonNull) return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }
        if (maybeSubType is ListType) return false;
        return superType is InterfaceType or UnionType
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }
}
