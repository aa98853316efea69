using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// The three coercions of a scalar (spec §3.5): result coercion (C# value → JSON-able value), input coercion of
/// variable values (plain CLR values from JSON) and of literals. Failures throw <see cref="GraphQLError"/>.
/// </summary>
public abstract class ScalarCoercion
{
    /// <summary>Result coercion; <paramref name="value"/> is never null.</summary>
    public abstract object Serialize(object value);

    /// <summary>Input coercion of a variable value; <paramref name="value"/> is never null.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a literal (never a variable or null literal).</summary>
    public abstract object ParseLiteral(ValueNode literal);
}
