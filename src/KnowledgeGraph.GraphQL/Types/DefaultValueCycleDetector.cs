using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Finds input object fields whose default values refer back to themselves (graphql-js
/// createInputObjectDefaultValueCircularRefsValidator): an omitted field takes its default, so <c>input A { b: B = {} }</c>
/// with <c>input B { a: A = {} }</c> could never finish coercing. One detector serves a whole schema: a field already
/// explored is not explored again, so each cycle is reported once, at the field it was first entered from.
/// </summary>
internal sealed class DefaultValueCycleDetector(Action<string, AstNode?[]> report)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<(string Field, AstNode? DefaultValue)> _path = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    /// <summary>Checks the fields <paramref name="input"/> would default when given an empty object.</summary>
    public void Check(InputObjectType input) => CheckOmittedFields(input, present: null);

    private void CheckLiteral(InputObjectType input, ValueNode value)
    {
        switch (value)
        {
            case ListValueNode list:
                foreach (var item in list.Values) CheckLiteral(input, item);
                break;
            case ObjectValueNode obj:
                CheckOmittedFields(input, obj);
                break;
        }
    }

    private void CheckOmittedFields(InputObjectType input, ObjectValueNode? present)
    {
        foreach (var field in input.Fields.Values)
        {
            if (TypeHelpers.GetNamedType(field.Type) is not InputObjectType fieldType) continue;
            var given = present?.Fields.LastOrDefault(f => f.Name.Value == field.Name);
            if (given is not null) CheckLiteral(fieldType, given.Value);
            else CheckFieldDefault(field, fieldType, $"{input.Name}.{field.Name}");
        }
    }

    private void CheckFieldDefault(InputValueDefinition field, InputObjectType fieldType, string coordinate)
    {
        if (field.DefaultValueLiteral is not { } literal) return;
        if (_pathIndex.TryGetValue(coordinate, out var cycleStart))
        {
            var via = cycleStart + 1 < _path.Count
                ? " via the default values of: " + string.Join(", ", _path.Skip(cycleStart + 1).Select(p => p.Field))
                : string.Empty;
            report($"Invalid circular reference. The default value of Input Object field {coordinate} references itself{via}.",
                [.. _path.Skip(cycleStart).Select(p => p.DefaultValue)]);
            return;
        }
        if (!_visited.Add(coordinate)) return;
        _pathIndex[coordinate] = _path.Count;
        _path.Add((coordinate, field.Definition?.DefaultValue));
        CheckLiteral(fieldType, literal);
        _path.RemoveAt(_path.Count - 1);
        _pathIndex.Remove(coordinate);
    }
}
