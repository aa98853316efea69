using System.Globalization;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

// Coercion rules of the five specified scalars (spec §3.5.1–§3.5.5), with graphql-js's error messages.

internal static class Numbers
{
    /// <summary>A CLR numeric value as double, or null when the value is not a number.</summary>
    public static double? AsDouble(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        _ => null,
    };

    public static bool IsInteger(double d) => !double.IsInfinity(d) && !double.IsNaN(d) && Math.Floor(d) == d;

    /// <summary>JavaScript's Number(string) for the cases that matter: trimmed decimal text, else NaN.</summary>
    public static double ParseJsNumber(string s)
    {
        var t = s.Trim();
        if (t.Length == 0) return 0;
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }
}

internal sealed class IntCoercion : ScalarCoercion
{
    public override object Serialize(object value)
    {
        if (value is int i) return i;
        if (value is bool b) return b ? 1 : 0;
        double? num = value is string s && s.Length > 0 ? Numbers.ParseJsNumber(s) : Numbers.AsDouble(value);
        if (num is not { } n || !Numbers.IsInteger(n))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }
        if (n > int.MaxValue || n < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}");
        }
        return (int)n;
    }

    public override object ParseValue(object value)
    {
        if (value is int i) return i;
        if (Numbers.AsDouble(value) is not { } n || !Numbers.IsInteger(n))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }
        if (n > int.MaxValue || n < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspector.FormatNumber(n)}");
        }
        return (int)n;
    }

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode node)
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Printer.Print(literal)}", literal);
        }
        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {node.Value}", literal);
        }
        return i;
    }
}

internal sealed class FloatCoercion : ScalarCoercion
{
    public override object Serialize(object value)
    {
        if (value is double d0 && double.IsFinite(d0)) return d0;
        if (value is bool b) return b ? 1.0 : 0.0;
        double? num = value is string s && s.Length > 0 ? Numbers.ParseJsNumber(s) : Numbers.AsDouble(value);
        if (num is not { } n || !double.IsFinite(n))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }
        return n;
    }

    public override object ParseValue(object value)
    {
        if (Numbers.AsDouble(value) is not { } n || !double.IsFinite(n))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }
        return n;
    }

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"Float cannot represent non numeric value: {Printer.Print(literal)}", literal),
    };
}

internal sealed class StringCoercion : ScalarCoercion
{
    public override object Serialize(object value)
    {
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case char c:
                return c.ToString();
            case Enum:
                return value.ToString()!;
        }
        if (Numbers.AsDouble(value) is { } n && double.IsFinite(n))
        {
            return value is double or float ? Inspector.FormatNumber(n) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }
        throw new GraphQLError($"String cannot represent value: {Inspector.Inspect(value)}");
    }

    public override object ParseValue(object value) =>
        value as string ?? throw new GraphQLError($"String cannot represent a non string value: {Inspector.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        (literal as StringValueNode)?.Value
        ?? throw new GraphQLError($"String cannot represent a non string value: {Printer.Print(literal)}", literal);
}

internal sealed class BooleanCoercion : ScalarCoercion
{
    public override object Serialize(object value)
    {
        if (value is bool b) return b;
        if (Numbers.AsDouble(value) is { } n && double.IsFinite(n)) return n != 0;
        throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");
    }

    public override object ParseValue(object value) =>
        value as bool? ?? throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        (literal as BooleanValueNode)?.Value
        ?? throw new GraphQLError($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}", literal);
}

internal sealed class IdCoercion : ScalarCoercion
{
    public override object Serialize(object value)
    {
        if (value is string s) return s;
        if (value is Guid g) return g.ToString();
        if (Numbers.AsDouble(value) is { } n && Numbers.IsInteger(n)) return Convert.ToString(value, CultureInfo.InvariantCulture)!;
        throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}");
    }

    public override object ParseValue(object value)
    {
        if (value is string s) return s;
        if (Numbers.AsDouble(value) is { } n && Numbers.IsInteger(n)) return Convert.ToString(value, CultureInfo.InvariantCulture)!;
        throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}");
    }

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}", literal),
    };
}

/// <summary>Coercion for a custom scalar declared in SDL with nothing registered: values pass through unchanged.</summary>
internal sealed class PassThroughCoercion : ScalarCoercion
{
    public override object Serialize(object value) => value;

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode literal) => ValueCoercion.ValueFromAstUntyped(literal, null)!;
}
