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
        ArgumentNullException.ThrowIfNull(onError);
        new Walk(onError, null, hideSuggestions).Check(value, type);
    }

    /// <summary>
    /// As <see cref="Validate(ValueNode, GraphQLType, Action{GraphQLError}, bool)"/>, also handing each error the
    /// path to the offending value as graphql-js printPathArray prints it (" at .field[1]", or "" at the top).
    /// </summary>
    public static void ValidateWithPath(ValueNode value, GraphQLType type, Action<GraphQLError, string> onError, bool hideSuggestions)
    {
        ArgumentNullException.ThrowIfNull(onError);
        new Walk(null, onError, hideSuggestions).Check(value, type);
    }

    private sealed class Walk(Action<GraphQLError>? onError, Action<GraphQLError, string>? onErrorWithPath, bool hideSuggestions)
    {
        // Field names and list indexes from the top literal down to the value being checked (kept only when asked).
        private readonly List<object>? _path = onErrorWithPath is null ? null : [];

        public void Report(GraphQLError error)
        {
            if (onError is not null)
            {
                onError(error);
                return;
            }
            onErrorWithPath!(error, PrintPath(_path!));
        }

        public void Check(ValueNode value, GraphQLType type)
        {
            if (value is VariableNode) return;
            ValidationAbortedException.EnsureSufficientStack();
            if (type is NonNullType nonNull)
            {
                if (value is NullValueNode)
                {
                    Report(new GraphQLError($"Expected value of non-null type \"{type}\" not to be null.", value));
                    return;
                }
                Check(value, nonNull.OfType);
                return;
            }
            if (value is NullValueNode) return;
            switch (type)
            {
                case ListType list:
                    if (value is ListValueNode items)
                    {
                        for (var i = 0; i < items.Values.Count; i++)
                        {
                            _path?.Add(i);
                            Check(items.Values[i], list.OfType);
                            _path?.RemoveAt(_path.Count - 1);
                        }
                    }
                    else
                    {
                        Check(value, list.OfType);
                    }
                    break;
                case InputObjectType inputObject:
                    ValidateObject(value, inputObject, this, hideSuggestions);
                    break;
                case EnumType enumType:
                    ValidateEnum(value, enumType, Report, hideSuggestions);
                    break;
                case ScalarType scalar:
                    ValidateScalar(value, scalar, Report);
                    break;
            }
        }

        public void CheckField(ValueNode value, GraphQLType type, string fieldName)
        {
            _path?.Add(fieldName);
            Check(value, type);
            _path?.RemoveAt(_path.Count - 1);
        }

        public void ReportAtField(GraphQLError error, string fieldName)
        {
            _path?.Add(fieldName);
            Report(error);
            _path?.RemoveAt(_path.Count - 1);
        }

        private static string PrintPath(List<object> path)
        {
            if (path.Count == 0) return string.Empty;
            var text = new System.Text.StringBuilder(" at ");
            foreach (var key in path)
            {
                if (key is int index) text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                else text.Append('.').Append((string)key);
            }
            return text.ToString();
        }
    }

    private static void ValidateObject(ValueNode value, InputObjectType type, Walk walk, bool hideSuggestions)
    {
        if (value is not ObjectValueNode objectValue)
        {
            walk.Report(new GraphQLError($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(value)}.", value));
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
                    walk.Report(new GraphQLError(
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(value)}.",
                        value));
                }
                continue;
            }
            walk.CheckField(fieldNode.Value, field.Type, field.Name);
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
            walk.Report(new GraphQLError(
                $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"{tail}: {Printer.Print(value)}.",
                fieldNode));
        }

        if (!type.IsOneOf) return;
        if (knownFields.Count != 1)
        {
            walk.Report(new GraphQLError(ValueCoercion.OneOfMessage(type), value));
        }
        else if (knownFields[0].Value is NullValueNode)
        {
            // graphql-js reports a null member at the member's path.
            walk.ReportAtField(new GraphQLError(ValueCoercion.OneOfMessage(type), value), knownFields[0].Name.Value);
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
