using System.Text;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Prints an AST as canonical GraphQL text, character for character as graphql-js <c>print</c> does
/// (used for cache keys, persisted query hashes and schema printing).
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return P(node);
    }

    private static string P(AstNode? node) => node switch
    {
        null => string.Empty,
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,
        DocumentNode n => Join(n.Definitions, "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n") + P(n.Variable) + ": " + P(n.Type) + Wrap(" = ", P(n.DefaultValue))
            + Wrap(" ", Join(n.Directives, " ")),
        SelectionSetNode n => n.Selections.Count == 0 ? "{}" : Block(n.Selections),
        FieldNode n => JoinParts(
            [WrappedLineAndArgs(Wrap(string.Empty, P(n.Alias), ": ") + n.NameValue, n.Arguments),
             Wrap(" ", Join(n.Directives, " ")),
             Wrap(" ", P(n.SelectionSet))],
            string.Empty),
        ArgumentNode n => n.Name.Value + ": " + P(n.Value),
        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
        InlineFragmentNode n => JoinParts(
            ["...", Wrap("on ", P(n.TypeCondition)), Join(n.Directives, " "), P(n.SelectionSet)], " "),
        FragmentDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n") + "fragment " + n.Name.Value + " on " + P(n.TypeCondition) + " "
            + Wrap(string.Empty, Join(n.Directives, " "), " ") + P(n.SelectionSet),
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => PrintList(n),
        ObjectValueNode n => PrintObject(n),
        ObjectFieldNode n => n.Name.Value + ": " + P(n.Value),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + P(n.Type) + "]",
        NonNullTypeNode n => P(n.Type) + "!",
        SchemaDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n")
            + JoinParts(["schema", Join(n.Directives, " "), Block(n.OperationTypes)], " "),
        OperationTypeDefinitionNode n => n.Operation.Keyword() + ": " + P(n.Type),
        ScalarTypeDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n")
            + JoinParts(["scalar", n.Name.Value, Join(n.Directives, " ")], " "),
        ObjectTypeDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n")
            + JoinParts(["type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "),
                Block(n.Fields)], " "),
        FieldDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n") + n.Name.Value + PrintArgumentDefs(n.Arguments)
            + ": " + P(n.Type) + Wrap(" ", Join(n.Directives, " ")),
        InputValueDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n")
            + JoinParts([n.Name.Value + ": " + P(n.Type), Wrap("= ", P(n.DefaultValue)), Join(n.Directives, " ")], " "),
        InterfaceTypeDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n")
            + JoinParts(["interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")),
                Join(n.Directives, " "), Block(n.Fields)], " "),
        UnionTypeDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n")
            + JoinParts(["union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))], " "),
        EnumTypeDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n")
            + JoinParts(["enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)], " "),
        EnumValueDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n")
            + JoinParts([n.Name.Value, Join(n.Directives, " ")], " "),
        InputObjectTypeDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n")
            + JoinParts(["input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)], " "),
        DirectiveDefinitionNode n => Wrap(string.Empty, P(n.Description), "\n") + "directive @" + n.Name.Value
            + PrintArgumentDefs(n.Arguments) + (n.Repeatable ? " repeatable" : string.Empty) + " on "
            + Join(n.Locations, " | "),
        SchemaExtensionNode n => JoinParts(["extend schema", Join(n.Directives, " "), Block(n.OperationTypes)], " "),
        ScalarTypeExtensionNode n => JoinParts(["extend scalar", n.Name.Value, Join(n.Directives, " ")], " "),
        ObjectTypeExtensionNode n => JoinParts(["extend type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")),
            Join(n.Directives, " "), Block(n.Fields)], " "),
        InterfaceTypeExtensionNode n => JoinParts(["extend interface", n.Name.Value,
            Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)], " "),
        UnionTypeExtensionNode n => JoinParts(["extend union", n.Name.Value, Join(n.Directives, " "),
            Wrap("= ", Join(n.Types, " | "))], " "),
        EnumTypeExtensionNode n => JoinParts(["extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)], " "),
        InputObjectTypeExtensionNode n => JoinParts(["extend input", n.Name.Value, Join(n.Directives, " "),
            Block(n.Fields)], " "),
        _ => throw new ArgumentException($"Cannot print node of kind {node.Kind}.", nameof(node)),
    };

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var printedVars = n.VariableDefinitions.Select(P).ToArray();
        var varDefs = printedVars.Any(v => v.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", JoinParts(printedVars, "\n"), "\n)")
            : Wrap("(", JoinParts(printedVars, ", "), ")");
        var keyword = n.Operation.Keyword();
        var prefix = Wrap(string.Empty, P(n.Description), "\n")
            + JoinParts([keyword, JoinParts([P(n.Name), varDefs], string.Empty), Join(n.Directives, " ")], " ");
        return (n.Operation == OperationType.Query && prefix.Length == keyword.Length ? string.Empty : prefix + " ")
            + P(n.SelectionSet);
    }

    private static string PrintList(ListValueNode n)
    {
        var line = "[" + Join(n.Values, ", ") + "]";
        return line.Length > MaxLineLength ? "[\n" + Indent(Join(n.Values, "\n")) + "\n]" : line;
    }

    private static string PrintObject(ObjectValueNode n)
    {
        var line = "{ " + Join(n.Fields, ", ") + " }";
        return line.Length > MaxLineLength ? Block(n.Fields) : line;
    }

    private static string PrintArgumentDefs(IReadOnlyList<InputValueDefinitionNode> args)
    {
        var printed = args.Select(P).ToArray();
        return printed.Any(s => s.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(JoinParts(printed, "\n")), "\n)")
            : Wrap("(", JoinParts(printed, ", "), ")");
    }

    private static string WrappedLineAndArgs(string prefix, IReadOnlyList<ArgumentNode> args)
    {
        var line = prefix + Wrap("(", Join(args, ", "), ")");
        if (line.Length > MaxLineLength) line = prefix + Wrap("(\n", Indent(Join(args, "\n")), "\n)");
        return line;
    }

    /// <summary>graphql-js printString: a double-quoted literal with control characters escaped.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : AstNode
    {
        if (nodes.Count == 0) return string.Empty;
        var sb = new StringBuilder();
        var first = true;
        foreach (var node in nodes)
        {
            var s = P(node);
            if (s.Length == 0) continue;
            if (!first) sb.Append(separator);
            sb.Append(s);
            first = false;
        }
        return sb.ToString();
    }

    private static string JoinParts(IEnumerable<string> parts, string separator) =>
        string.Join(separator, parts.Where(p => p.Length > 0));

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : AstNode => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Wrap(string start, string value, string end = "") =>
        value.Length > 0 ? start + value + end : string.Empty;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));
}
