using KnowledgeGraph.GraphQL.Utilities;
using System.Globalization;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Checks a literal against an input type without variables in scope (graphql-js validateInputLiteral, static
/// mode): reports every problem, not just the first, with graphql-js's messages. Variables are accepted here;
/// VariablesInAllowedPosition judges them.
/// </summary>
internal static class InputLiteralValidator
{
    public static void Validate(ValueNode value, GraphQLType type, Action<GraphQLError> onError, bool hideSuggestions)
    {
        if (value is VariableNode) return;
        ValidationAbortedException.EnsureSufficientStack();
        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode)
            {
                onError(new GraphQLError($"Expected value of non-null type \"{type}\" not to be null.", value));
                return;
            }
            Validate(value, nonNull.OfType, onError, hideSuggestions);
            return;
        }
        if (value is NullValueNode) return;
        switch (type)
        {
            case ListType list:
                if (value is ListValueNode items)
                {
                    foreach (var item in items.Values) Validate(item, list.OfType, onError, hideSuggestions);
                }
                else
                {
                    Validate(value, list.OfType, onError, hideSuggestions);
                }
                break;
            case InputObjectType inputObject:
                ValidateObject(value, inputObject, onError, hideSuggestions);
                break;
            case EnumType enumType:
                ValidateEnum(value, enumType, onError, hideSuggestions);
                break;
            case ScalarType scalar:
                ValidateScalar(value, scalar, onError);
                break;
        }
    }

    private static void ValidateObject(ValueNode value, InputObjectType type, Action<GraphQLError> onError, bool hideSuggestions)
    {
        if (value is not ObjectValueNode objectValue)
        {
            onError(new GraphQLError($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(value)}.", value));
            return;
        }
        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in objectValue.Fields) fieldNodes[field.Name.Value] = field;

        foreach (var field in type.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode))
            {
                if (field.IsRequired)
                {
                    onError(new GraphQLError(
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(value)}.",
                        value));
                }
                continue;
            }
            Validate(fieldNode.Value, field.Type, onError, hideSuggestions);
        }

        var knownFields = new List<ObjectFieldNode>();
        foreach (var fieldNode in objectValue.Fields)
        {
            var name = fieldNode.Name.Value;
            if (type.GetField(name) is not null)
            {
                knownFields.Add(fieldNode);
                continue;
            }
            var suggestion = hideSuggestions ? string.Empty : Suggestions.DidYouMean(Suggestions.List(name, type.Fields.Keys));
            var tail = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
            onError(new GraphQLError(
                $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"{tail}: {Printer.Print(value)}.",
                fieldNode));
        }

        if (type.IsOneOf && (knownFields.Count != 1 || knownFields[0].Value is NullValueNode))
        {
            onError(new GraphQLError(ValueCoercion.OneOfMessage(type), value));
        }
    }

    private static void ValidateEnum(ValueNode value, EnumType type, Action<GraphQLError> onError, bool hideSuggestions)
    {
        var printed = Printer.Print(value);
        if (value is not EnumValueNode enumValue)
        {
            onError(new GraphQLError(
                $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + EnumSuggestion(type, printed, hideSuggestions),
                value));
            return;
        }
        if (type.GetValue(enumValue.Value) is null)
        {
            onError(new GraphQLError(
                $"Value \"{printed}\" does not exist in \"{type.Name}\" enum." + EnumSuggestion(type, printed, hideSuggestions),
                value));
        }
    }

    private static string EnumSuggestion(EnumType type, string printed, bool hideSuggestions) =>
        hideSuggestions ? string.Empty : Suggestions.DidYouMean("the enum value", Suggestions.List(printed, type.Values.Keys));

    private static void ValidateScalar(ValueNode value, ScalarType scalar, Action<GraphQLError> onError)
    {
        var message = scalar.Name switch
        {
            "Int" when IsSpecified(scalar) => IntProblem(value),
            "Float" when IsSpecified(scalar) => value is IntValueNode or FloatValueNode
                ? null
                : $"Float cannot represent non numeric value: {Printer.Print(value)}",
            "String" when IsSpecified(scalar) => value is StringValueNode
                ? null
                : $"String cannot represent a non string value: {Printer.Print(value)}",
            "Boolean" when IsSpecified(scalar) => value is BooleanValueNode
                ? null
                : $"Boolean cannot represent a non boolean value: {Printer.Print(value)}",
            "ID" when IsSpecified(scalar) => value is StringValueNode or IntValueNode
                ? null
                : $"ID cannot represent a non-string and non-integer value: {Printer.Print(value)}",
            _ => CustomScalarProblem(value, scalar, onError),
        };
        if (message is not null) onError(new GraphQLError(message, value));
    }

    private static bool IsSpecified(ScalarType scalar) => scalar.IsBuiltIn || ReferenceEquals(Scalars.Specified.GetValueOrDefault(scalar.Name), scalar);

    private static string? IntProblem(ValueNode value)
    {
        if (value is not IntValueNode intValue) return $"Int cannot represent non-integer value: {Printer.Print(value)}";
        var number = double.Parse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return number is > int.MaxValue or < int.MinValue
            ? $"Int cannot represent non 32-bit signed integer value: {intValue.Value}"
            : null;
    }

    // A custom scalar judges its own literals; its error (if any) is reported as it stands, located at the literal.
    private static string? CustomScalarProblem(ValueNode value, ScalarType scalar, Action<GraphQLError> onError)
    {
        try
        {
            _ = scalar.ParseLiteral(value);
            return null;
        }
        catch (GraphQLError error)
        {
            onError(error.Nodes.Count > 0 ? error : new GraphQLError(error.Message, value));
            return null;
        }
#pragma warning disable CA1031 // a custom scalar may fail any way; graphql-js wraps such failures the same way
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return $"Expected value of type \"{scalar.Name}\", but encountered error \"{exception.Message}\"; found: {Printer.Print(value)}.";
        }
    }
}
