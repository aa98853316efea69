using System.Globalization;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>DateTime scalar: ISO-8601 date-time with offset (RFC 3339) outside, <see cref="DateTimeOffset"/> inside.</summary>
internal sealed class DateTimeCoercion : ScalarCoercion
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    public override object Serialize(object value) => value switch
    {
        DateTimeOffset dto => Write(dto),
        DateTime dt => Write(dt.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dt, TimeSpan.Zero) : new DateTimeOffset(dt)),
        string s when TryParse(s, out var dto) => Write(dto),
        _ => throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value is string s && TryParse(s, out var dto)
            ? dto
            : throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(value)}; expected an ISO-8601 date-time with offset");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s && TryParse(s.Value, out var dto)
            ? dto
            : throw new GraphQLError($"DateTime cannot represent value: {Printer.Print(literal)}; expected an ISO-8601 date-time with offset", literal);

    private static string Write(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString(Format, CultureInfo.InvariantCulture);

    // RFC 3339 requires the 'T' separator and an explicit offset ('Z' or ±hh:mm).
    private static bool TryParse(string s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 20 || (s[10] != 'T' && s[10] != 't')) return false;
        var last = s[^1];
        var hasOffset = last is 'Z' or 'z' || (s.Length > 6 && s[^6] is '+' or '-' && s[^3] == ':');
        return hasOffset && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }
}
