using System.Collections;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Literal and value coercion helpers (graphql-js valueFromAST / valueFromASTUntyped / coerceInputValue):
/// shared by execution (argument and variable coercion) and validation.
/// </summary>
public static class ValueCoercion
{
    /// <summary>The deepest variable value (objects and lists) accepted, as deep as the parser's nesting limit.</summary>
    public const int MaxInputDepth = 256;

    /// <summary>
    /// Coerces a literal to the internal value of <paramref name="type"/>. <paramref name="isValid"/> is false when
    /// the literal is not valid for the type (graphql-js returns <c>undefined</c>). Variables are looked up in
    /// <paramref name="variables"/> (already coerced values).
    /// </summary>
    public static object? ValueFromAst(
        ValueNode? node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out bool isValid)
    {
        isValid = true;
        if (node is null)
        {
            isValid = false;
            return null;
        }
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value))
            {
                isValid = false;
                return null;
            }
            if (value is null && type is NonNullType) isValid = false;
            return value;
        }
        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                isValid = false;
                return null;
            }
            return ValueFromAst(node, nonNull.OfType, variables, out isValid);
        }
        if (node is NullValueNode) return null;
        switch (type)
        {
            case ListType list:
                {
                    if (node is not ListValueNode listNode)
                    {
                        var single = ValueFromAst(node, list.OfType, variables, out isValid);
                        return isValid ? new List<object?> { single } : null;
                    }
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                isValid = false;
                                return null;
                            }
                            items.Add(null);
                            continue;
                        }
                        var item = ValueFromAst(itemNode, list.OfType, variables, out isValid);
                        if (!isValid) return null;
                        items.Add(item);
                    }
                    return items;
                }
            case InputObjectType inputObject:
                {
                    if (node is not ObjectValueNode objectNode)
                    {
                        isValid = false;
                        return null;
                    }
                    var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
                    foreach (var f in objectNode.Fields) fieldNodes.TryAdd(f.Name.Value, f);
                    var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var field in inputObject.Fields.Values)
                    {
                        if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
                        {
                            if (field.HasDefaultValue)
                            {
                                result[field.Name] = field.DefaultValue;
                            }
                            else if (field.Type is NonNullType)
                            {
                                isValid = false;
                                return null;
                            }
                            continue;
                        }
                        var fieldValue = ValueFromAst(fieldNode.Value, field.Type, variables, out isValid);
                        if (!isValid) return null;
                        result[field.Name] = fieldValue;
                    }
                    if (inputObject.IsOneOf && (result.Count != 1 || result.Values.First() is null))
                    {
                        isValid = false;
                        return null;
                    }
                    return result;
                }
            case EnumType enumType:
                {
                    if (node is EnumValueNode enumNode && enumType.GetValue(enumNode.Value) is { } enumValue) return enumValue.Value;
                    isValid = false;
                    return null;
                }
            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(ReplaceVariables(node, variables));
                }
                catch (GraphQLError)
                {
                    isValid = false;
                    return null;
                }
            default:
                isValid = false;
                return null;
        }
    }

    /// <summary>The graphql-js message for a OneOf input object without exactly one non-null field.</summary>
    internal static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>A literal as a plain value, no type needed (graphql-js valueFromASTUntyped).</summary>
    public static object? ValueFromAstUntyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, System.Globalization.CultureInfo.InvariantCulture, out var l)
            ? l
            : double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => ValueFromAstUntyped(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => ValueFromAstUntyped(f.Value, variables), StringComparer.Ordinal),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => null,
    };

    /// <summary>Whether a literal is valid for the type, treating variables as valid (static check).</summary>
    public static bool IsValidLiteral(ValueNode node, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (ContainsVariable(node)) return true;
        ValueFromAst(node, type, null, out var isValid);
        return isValid;
    }

    /// <summary>
    /// Input coercion of a runtime value (a variable's JSON value) to <paramref name="type"/>; each problem is
    /// reported with its path inside the value (graphql-js coerceInputValue + validateInputValue messages).
    /// Returns the coerced value; check <paramref name="errors"/> before using it.
    /// </summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, List<(string Message, IReadOnlyList<object> Path, GraphQLError? Original)> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Coerce(value, type, errors, [], provided: true);
    }

    private static object? Coerce(
        object? value, GraphQLType type, List<(string, IReadOnlyList<object>, GraphQLError?)> errors, List<object> path, bool provided)
    {
        if (type is NonNullType nonNull)
        {
            if (!provided)
            {
                errors.Add(($"Expected a value of non-null type \"{type}\" to be provided.", path.ToArray(), null));
                return null;
            }
            if (value is null)
            {
                errors.Add(($"Expected value of non-null type \"{type}\" not to be null.", path.ToArray(), null));
                return null;
            }
            return Coerce(value, nonNull.OfType, errors, path, true);
        }
        if (value is null) return null;
        if (path.Count > MaxInputDepth)
        {
            // Recursive input objects admit arbitrarily deep values; refuse before the stack does.
            errors.Add(($"Input value is nested more than {MaxInputDepth} levels deep.", path.ToArray(), null));
            return null;
        }
        switch (type)
        {
            case ListType list:
                {
                    if (value is string || value is IDictionary<string, object?> || value is not IEnumerable enumerable)
                    {
                        var single = Coerce(value, list.OfType, errors, path, true);
                        return new List<object?> { single };
                    }
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in enumerable)
                    {
                        path.Add(index++);
                        items.Add(Coerce(item, list.OfType, errors, path, true));
                        path.RemoveAt(path.Count - 1);
                    }
                    return items;
                }
            case InputObjectType inputObject:
                {
                    if (value is not IDictionary<string, object?> dict)
                    {
                        errors.Add(($"Expected value of type \"{type}\" to be an object, found: {Utilities.Inspector.Inspect(value)}.", path.ToArray(), null));
                        return null;
                    }
                    var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var field in inputObject.Fields.Values)
                    {
                        if (!dict.TryGetValue(field.Name, out var fieldValue))
                        {
                            if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                            else if (field.Type is NonNullType)
                            {
                                errors.Add(($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Utilities.Inspector.Inspect(value)}.", path.ToArray(), null));
                            }
                            continue;
                        }
                        path.Add(field.Name);
                        result[field.Name] = Coerce(fieldValue, field.Type, errors, path, true);
                        path.RemoveAt(path.Count - 1);
                    }
                    foreach (var key in dict.Keys)
                    {
                        if (inputObject.GetField(key) is not null) continue;
                        var suggestion = Utilities.Suggestions.DidYouMean(Utilities.Suggestions.List(key, inputObject.Fields.Keys));
                        errors.Add(($"Expected value of type \"{type}\" not to include unknown field \"{key}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Utilities.Inspector.Inspect(value)}.", path.ToArray(), null));
                    }
                    if (inputObject.IsOneOf)
                    {
                        // As graphql-js validateInputValue: the count is of known fields; a lone null is reported
                        // at that field's path. Both checks run, so two keys led by a null report twice.
                        var known = dict.Where(pair => inputObject.GetField(pair.Key) is not null).ToList();
                        if (known.Count != 1) errors.Add((OneOfMessage(inputObject), path.ToArray(), null));
                        if (known.Count > 0 && known[0].Value is null)
                        {
                            path.Add(known[0].Key);
                            errors.Add((OneOfMessage(inputObject), path.ToArray(), null));
                            path.RemoveAt(path.Count - 1);
                        }
                    }
                    return result;
                }
            case EnumType enumType:
                {
                    if (value is string name && enumType.GetValue(name) is { } enumValue) return enumValue.Value;
                    var message = value is string s
                        ? $"Value \"{s}\" does not exist in \"{enumType.Name}\" enum." + Utilities.Suggestions.DidYouMean(
                            "the enum value", Utilities.Suggestions.List(s, enumType.Values.Keys))
                        : $"Enum \"{enumType.Name}\" cannot represent non-string value: {Utilities.Inspector.Inspect(value)}.";
                    errors.Add((message, path.ToArray(), null));
                    return null;
                }
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (GraphQLError error)
                {
                    errors.Add((error.Message, path.ToArray(), error));
                    return null;
                }
                catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    errors.Add(($"Expected value of type \"{type}\", but encountered error \"{ex.Message}\"; found: {Utilities.Inspector.Inspect(value)}.", path.ToArray(), null));
                    return null;
                }
            default:
                return null;
        }
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    private static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    // Custom scalars receive a literal with variables substituted by their (JSON-like) values.
    private static ValueNode ReplaceVariables(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (!ContainsVariable(node)) return node;
        return node switch
        {
            VariableNode v => LiteralFromValue(variables?.GetValueOrDefault(v.Name.Value)),
            ListValueNode list => new ListValueNode { Values = list.Values.Select(x => ReplaceVariables(x, variables)).ToList(), Location = list.Location },
            ObjectValueNode obj => new ObjectValueNode
            {
                Fields = obj.Fields.Select(f => new ObjectFieldNode { Name = f.Name, Value = ReplaceVariables(f.Value, variables), Location = f.Location }).ToList(),
                Location = obj.Location,
            },
            _ => node,
        };
    }

    private static ValueNode LiteralFromValue(object? value) => value switch
    {
        null => new NullValueNode(),
        bool b => new BooleanValueNode { Value = b },
        string s => new StringValueNode { Value = s },
        int or long or short or byte => new IntValueNode { Value = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)! },
        double d => new FloatValueNode { Value = Utilities.Inspector.FormatNumber(d) },
        IDictionary<string, object?> dict => new ObjectValueNode
        {
            Fields = dict.Select(kv => new ObjectFieldNode { Name = new NameNode { Value = kv.Key }, Value = LiteralFromValue(kv.Value) }).ToList(),
        },
        IEnumerable list => new ListValueNode { Values = list.Cast<object?>().Select(LiteralFromValue).ToList() },
        _ => new StringValueNode { Value = value.ToString() ?? string.Empty },
    };
}
