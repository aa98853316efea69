using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>CoerceArgumentValues (spec §6.4.1): literal and variable arguments to internal values, defaults applied.</summary>
internal static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        string ownerCoordinate,
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        AstNode node,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0) return Empty;
        var result = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? argument = null;
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Name.Value == definition.Name)
                {
                    argument = arguments[i];
                    break;
                }
            }
            var coordinate = $"{ownerCoordinate}({definition.Name}:)";
            if (argument is null)
            {
                if (definition.IsRequired)
                {
                    throw new GraphQLError($"Argument \"{coordinate}\" of required type \"{definition.Type}\" was not provided.", node);
                }
                if (definition.HasDefaultValue) result[definition.Name] = definition.DefaultValue;
                continue;
            }
            var valueNode = argument.Value;
            if (valueNode is VariableNode variable && !variables.ContainsKey(variable.Name.Value) && !definition.IsRequired)
            {
                if (definition.HasDefaultValue) result[definition.Name] = definition.DefaultValue;
                continue;
            }
            var value = ValueCoercion.ValueFromAst(valueNode, definition.Type, variables, out var valid);
            if (!valid)
            {
                var problem = ArgumentLiteralProblem.Find(valueNode, definition.Type, variables);
                throw problem is { } p
                    ? new GraphQLError($"Argument \"{coordinate}\" has invalid value{VariableCoercion.PrintPath(p.Path)}: {p.Message}", p.Node)
                    : new GraphQLError($"Argument \"{coordinate}\" has invalid value: Expected value of type \"{definition.Type}\", found: {Printer.Print(valueNode)}.", valueNode);
            }
            result[definition.Name] = value;
        }
        return result;
    }
}
