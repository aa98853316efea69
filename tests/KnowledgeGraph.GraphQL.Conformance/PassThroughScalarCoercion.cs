using System.Globalization;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Conformance;

/// <summary>
/// How graphql-js's buildSchema treats a custom scalar it knows nothing about: values pass through unchanged and
/// literals become plain values (valueFromASTUntyped). The conformance runner gives every SDL-declared scalar this
/// behaviour so both engines see the same schema.
/// </summary>
internal sealed class PassThroughScalarCoercion : ScalarCoercion
{
    public override object Serialize(object value) => value;

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode literal) => Untyped(literal)!;

    private static object? Untyped(ValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(Untyped).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => Untyped(f.Value), StringComparer.Ordinal),
        _ => null,
    };
}
