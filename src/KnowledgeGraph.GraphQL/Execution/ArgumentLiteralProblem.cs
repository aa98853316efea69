using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Why an argument literal failed to coerce with the request's variables in scope: the first problem that
/// graphql-js validateInputLiteral (non-static mode) reports, with the node it blames and its path inside the value.
/// Leaves without variables are judged by the static <see cref="InputLiteralValidator"/>, which words them identically.
/// </summary>
internal static class ArgumentLiteralProblem
{
    public readonly record struct Problem(string Message, AstNode Node, IReadOnlyList<object> Path);

    public static Problem? Find(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?> variables) =>
        Find(node, type, variables, []);

    private static Problem? Find(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?> variables, List<object> path)
    {
        if (node is VariableNode variable)
        {
            if (type is not NonNullType) return null;
            var name = variable.Name.Value;
            if (!variables.TryGetValue(name, out var value))
            {
                return new($"Expected variable \"${name}\" provided to type \"{type}\" to provide a runtime value.", node, path.ToArray());
            }
            return value is null
                ? new($"Expected variable \"${name}\" provided to non-null type \"{type}\" not to be null.", node, path.ToArray())
                : null;
        }
        if (type is NonNullType nonNull)
        {
            return node is NullValueNode
                ? new($"Expected value of non-null type \"{type}\" not to be null.", node, path.ToArray())
                : Find(node, nonNull.OfType, variables, path);
        }
        if (node is NullValueNode) return null;
        switch (type)
        {
            case ListType list when node is ListValueNode items:
                for (var i = 0; i < items.Values.Count; i++)
                {
                    path.Add(i);
                    var problem = Find(items.Values[i], list.OfType, variables, path);
                    path.RemoveAt(path.Count - 1);
                    if (problem is not null) return problem;
                }
                return null;
            case ListType list:
                return Find(node, list.OfType, variables, path);
            case InputObjectType inputObject when node is ObjectValueNode objectNode:
                return FindInObject(objectNode, inputObject, variables, path);
            default:
                return FindStatic(node, type, path);
        }
    }

    private static Problem? FindInObject(
        ObjectValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?> variables, List<object> path)
    {
        foreach (var field in type.Fields.Values)
        {
            var fieldNode = node.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                {
                    return new($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(node)}.", node, path.ToArray());
                }
                continue;
            }
            if (fieldNode.Value is VariableNode variable)
            {
                var name = variable.Name.Value;
                var provided = variables.TryGetValue(name, out var value);
                if (type.IsOneOf)
                {
                    // A OneOf member fed by a variable needs that variable's runtime value, and a non-null one.
                    if (!provided)
                    {
                        return new($"Expected variable \"${name}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" to provide a runtime value.", node, path.ToArray());
                    }
                    if (value is null)
                    {
                        return new($"Expected variable \"${name}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" not to be null.", node, path.ToArray());
                    }
                }
                else if (!provided && !field.IsRequired)
                {
                    continue;
                }
            }
            path.Add(field.Name);
            var problem = Find(fieldNode.Value, field.Type, variables, path);
            path.RemoveAt(path.Count - 1);
            if (problem is not null) return problem;
        }
        // Unknown fields and the OneOf shape involve no variables: the static check words them.
        return FindStatic(node, type, path);
    }

    private static Problem? FindStatic(ValueNode node, GraphQLType type, List<object> path)
    {
        GraphQLError? first = null;
        InputLiteralValidator.Validate(node, type, error => first ??= error, hideSuggestions: false);
        return first is null ? null : new(first.Message, node, path.ToArray());
    }
}
