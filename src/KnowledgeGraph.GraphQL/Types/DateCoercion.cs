using System.Globalization;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Date scalar: the text <c>yyyy-MM-dd</c> outside, <see cref="DateOnly"/> inside.</summary>
internal sealed class DateCoercion : ScalarCoercion
{
    private const string Format = "yyyy-MM-dd";

    public override object Serialize(object value) => value switch
    {
        DateOnly d => d.ToString(Format, CultureInfo.InvariantCulture),
        DateTime dt => DateOnly.FromDateTime(dt).ToString(Format, CultureInfo.InvariantCulture),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.Date).ToString(Format, CultureInfo.InvariantCulture),
        string s when TryParse(s, out var d) => d.ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"Date cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value is string s && TryParse(s, out var d)
            ? d
            : throw new GraphQLError($"Date cannot represent value: {Inspector.Inspect(value)}; expected a yyyy-MM-dd string");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s && TryParse(s.Value, out var d)
            ? d
            : throw new GraphQLError($"Date cannot represent value: {Printer.Print(literal)}; expected a yyyy-MM-dd string", literal);

    private static bool TryParse(string s, out DateOnly date) =>
        DateOnly.TryParseExact(s, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
