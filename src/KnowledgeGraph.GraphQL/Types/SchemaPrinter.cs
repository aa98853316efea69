using System.Text;
using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Prints a schema as SDL exactly as graphql-js <c>printSchema</c> does (so the served schema can be compared with its SDL file).</summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition) parts.Add(definition);
        parts.AddRange(schema.Directives.Where(d => !d.IsBuiltIn).Select(PrintDirective));
        parts.AddRange(schema.Types.Values
            .Where(t => !Scalars.Specified.ContainsKey(t.Name) && !IntrospectionTypes.IsIntrospectionType(t))
            .Select(PrintType));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.QueryType is null && schema.MutationType is null && schema.SubscriptionType is null) return null;
        var conventional = ReferenceEquals(schema.QueryType, schema.GetType("Query"))
            && ReferenceEquals(schema.MutationType, schema.GetType("Mutation"))
            && ReferenceEquals(schema.SubscriptionType, schema.GetType("Subscription"));
        if (schema.Description is null && conventional) return null;
        var sb = new StringBuilder(PrintDescription(schema.Description)).Append("schema {\n");
        if (schema.QueryType is not null) sb.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is not null) sb.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        if (schema.SubscriptionType is not null) sb.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        return sb.Append('}').ToString();
    }

    /// <summary>One type as SDL (graphql-js printType).</summary>
    public static string PrintType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var description = PrintDescription(type.Description);
        return type switch
        {
            ScalarType s => description + "scalar " + s.Name
                + (s.SpecifiedByUrl is null ? string.Empty : $" @specifiedBy(url: {Printer.PrintString(s.SpecifiedByUrl)})"),
            ObjectType o => description + "type " + o.Name + PrintInterfaces(o) + PrintFields(o),
            InterfaceType i => description + "interface " + i.Name + PrintInterfaces(i) + PrintFields(i),
            UnionType u => description + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : string.Empty),
            EnumType e => description + "enum " + e.Name + PrintBlock(e.Values.Values.Select((v, i) =>
                PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason)).ToList()),
            InputObjectType input => description + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
                + PrintBlock(input.Fields.Values.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f)).ToList()),
            _ => throw new ArgumentException($"Unexpected type {type.Name}.", nameof(type)),
        };
    }

    public static string PrintDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArgs(directive.Arguments, string.Empty)
            + PrintDeprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : string.Empty) + " on "
            + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));
    }

    private static string PrintInterfaces(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(ComplexType type) =>
        PrintBlock(type.Fields.Values.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name
            + PrintArgs(f.Arguments, "  ") + ": " + f.Type + PrintDeprecated(f.DeprecationReason)).ToList());

    private static string PrintBlock(List<string> items) => items.Count != 0 ? " {\n" + string.Join("\n", items) + "\n}" : string.Empty;

    private static string PrintArgs(IReadOnlyList<InputValueDefinition> args, string indentation)
    {
        if (args.Count == 0) return string.Empty;
        if (args.All(a => a.Description is null)) return "(" + string.Join(", ", args.Select(PrintInputValue)) + ")";
        return "(\n" + string.Join("\n", args.Select((a, i) => PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.DefaultValueLiteral is { } literal) declaration += " = " + Printer.Print(literal);
        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null) return string.Empty;
        return reason != BuiltInDirectives.DefaultDeprecationReason ? $" @deprecated(reason: {Printer.PrintString(reason)})" : " @deprecated";
    }

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return string.Empty;
        var literal = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
