using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A scalar type (spec §3.5) with pluggable coercion.</summary>
public sealed class ScalarType : NamedType
{
    public ScalarType(string name, ScalarCoercion coercion, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(coercion);
        Coercion = coercion;
        SpecifiedByUrl = specifiedByUrl;
    }

    public ScalarCoercion Coercion { get; internal set; }

    /// <summary>The <c>@specifiedBy(url:)</c> of the scalar.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    public object Serialize(object value) => Coercion.Serialize(value);

    public object ParseValue(object value) => Coercion.ParseValue(value);

    public object ParseLiteral(ValueNode literal) => Coercion.ParseLiteral(literal);
}
