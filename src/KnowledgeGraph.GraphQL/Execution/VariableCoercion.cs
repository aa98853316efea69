using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>CoerceVariableValues (spec §6.1.2) with graphql-js 17's messages.</summary>
public static class VariableCoercion
{
    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors,
        int maxErrors = 50)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(errors);
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (operation.VariableDefinitions.Count == 0) return coerced;
        inputs ??= new Dictionary<string, object?>();
        void Report(GraphQLError error)
        {
            if (errors.Count >= maxErrors)
            {
                throw new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.");
            }
            errors.Add(error);
        }
        try
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                var type = TypeHelpers.TypeFromAst(schema, definition.Type);
                if (type is null || !TypeHelpers.IsInputType(type))
                {
                    Report(new GraphQLError(
                        $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                        definition.Type));
                    continue;
                }
                var provided = inputs.TryGetValue(name, out var raw);
                if (!provided)
                {
                    if (definition.DefaultValue is not null)
                    {
                        var value = ValueCoercion.ValueFromAst(definition.DefaultValue, type, null, out var valid);
                        if (valid) coerced[name] = value;
                        else Report(new GraphQLError($"Variable \"${name}\" has invalid default value: {Printer.Print(definition.DefaultValue)}.", definition));
                        continue;
                    }
                    if (type is not NonNullType) continue;
                    Report(new GraphQLError(
                        $"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.", definition));
                    continue;
                }
                var problems = new List<(string Message, IReadOnlyList<object> Path, GraphQLError? Original)>();
                var result = ValueCoercion.CoerceInputValue(JsonValues.Normalize(raw), type, problems);
                if (problems.Count == 0)
                {
                    coerced[name] = result;
                    continue;
                }
                foreach (var (message, path, original) in problems)
                {
                    Report(new GraphQLError(
                        $"Variable \"${name}\" has invalid value{PrintPath(path)}: {message}",
                        [definition],
                        originalError: original));
                }
            }
        }
        catch (GraphQLError tooMany) when (tooMany.Nodes.Count == 0 && errors.Count >= maxErrors)
        {
            errors.Add(tooMany);
        }
        return coerced;
    }

    /// <summary>graphql-js printPathArray: " at .a[0].b", empty for the root.</summary>
    internal static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0) return string.Empty;
        var sb = new System.Text.StringBuilder(" at ");
        foreach (var key in path)
        {
            if (key is int i) sb.Append('[').Append(i).Append(']');
            else sb.Append('.').Append(key);
        }
        return sb.ToString();
    }
}
