using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>Type comparisons validation needs beyond <see cref="TypeHelpers"/>.</summary>
internal static class TypeFacts
{
    /// <summary>Whether some object type could be both <paramref name="a"/> and <paramref name="b"/> (graphql-js doTypesOverlap).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (TypeHelpers.IsAbstractType(a))
        {
            if (TypeHelpers.IsAbstractType(b))
            {
                return schema.GetPossibleTypes(a).Any(t => schema.IsSubType(b, t));
            }
            return schema.IsSubType(a, b);
        }
        return TypeHelpers.IsAbstractType(b) && schema.IsSubType(b, a);
    }
}
