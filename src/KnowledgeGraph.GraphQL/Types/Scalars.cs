namespace KnowledgeGraph.GraphQL.Types;

/// <summary>The specified scalars, and ready-made custom scalars to register with <see cref="SchemaBuilder"/>.</summary>
public static class Scalars
{
    public static ScalarType Int { get; } = new(
        "Int",
        new IntCoercion(),
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    { IsBuiltIn = true };

    public static ScalarType Float { get; } = new(
        "Float",
        new FloatCoercion(),
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    { IsBuiltIn = true };

    public static ScalarType String { get; } = new(
        "String",
        new StringCoercion(),
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    { IsBuiltIn = true };

    public static ScalarType Boolean { get; } = new(
        "Boolean",
        new BooleanCoercion(),
        "The `Boolean` scalar type represents `true` or `false`.")
    { IsBuiltIn = true };

    public static ScalarType Id { get; } = new(
        "ID",
        new IdCoercion(),
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    { IsBuiltIn = true };

    /// <summary>The five specified scalars by name.</summary>
    public static IReadOnlyDictionary<string, ScalarType> Specified { get; } =
        new[] { Int, Float, String, Boolean, Id }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>A calendar date <c>yyyy-MM-dd</c> (C# <see cref="DateOnly"/>).</summary>
    public static ScalarCoercion Date { get; } = new DateCoercion();

    /// <summary>An ISO-8601 instant with offset (C# <see cref="DateTimeOffset"/>).</summary>
    public static ScalarCoercion DateTime { get; } = new DateTimeCoercion();
}
