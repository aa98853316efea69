using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// CollectFields (spec §6.3.2): groups the fields of a selection set by response key for one object type,
/// following fragment spreads and inline fragments and honouring @skip / @include.
/// </summary>
internal sealed class FieldCollector
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;

    public FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        _schema = schema;
        _fragments = fragments;
        _variables = variables;
    }

    public CollectedFields Collect(ObjectType type, SelectionSetNode selectionSet)
    {
        var groups = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        CollectInto(type, selectionSet, groups, new HashSet<string>(StringComparer.Ordinal));
        return new CollectedFields(groups);
    }

    /// <summary>Sub-fields of a field group: the union of the selection sets of every node of the group.</summary>
    public CollectedFields CollectSubfields(ObjectType type, IReadOnlyList<FieldNode> fieldNodes)
    {
        var groups = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null) CollectInto(type, node.SelectionSet, groups, visited);
        }
        return new CollectedFields(groups);
    }

    private void CollectInto(ObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> groups, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives)) continue;
            switch (selection)
            {
                case FieldNode field:
                    {
                        var key = field.ResponseKey;
                        if (!groups.TryGetValue(key, out var list))
                        {
                            list = new List<FieldNode>(1);
                            groups[key] = list;
                        }
                        list.Add(field);
                        break;
                    }
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesFragmentConditionMatch(inline.TypeCondition, type)) continue;
                    CollectInto(type, inline.SelectionSet, groups, visited);
                    break;
                case FragmentSpreadNode spread:
                    {
                        var name = spread.Name.Value;
                        if (!visited.Add(name)) continue;
                        if (!_fragments.TryGetValue(name, out var fragment)) continue;
                        if (!DoesFragmentConditionMatch(fragment.TypeCondition, type)) continue;
                        CollectInto(type, fragment.SelectionSet, groups, visited);
                        break;
                    }
            }
        }
    }

    private bool DoesFragmentConditionMatch(NamedTypeNode condition, ObjectType type)
    {
        var conditionType = _schema.GetType(condition.Name.Value);
        if (conditionType is null) return false;
        if (ReferenceEquals(conditionType, type)) return true;
        return TypeHelpers.IsAbstractType(conditionType) && _schema.IsSubType(conditionType, type);
    }

    /// <summary>@skip(if: true) excludes; @include(if: false) excludes.</summary>
    public bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name == "skip" && IfArgument(directive)) return false;
            if (name == "include" && !IfArgument(directive)) return false;
        }
        return true;
    }

    private bool IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if") continue;
            var value = ValueCoercion.ValueFromAst(argument.Value, new NonNullType(Scalars.Boolean), _variables, out var valid);
            if (!valid)
            {
                throw new GraphQLError(
                    $"Argument \"@{directive.Name.Value}(if:)\" has invalid value: Expected value of type \"Boolean!\".", directive);
            }
            return value is true;
        }
        throw new GraphQLError($"Argument \"@{directive.Name.Value}(if:)\" of required type \"Boolean!\" was not provided.", directive);
    }
}

/// <summary>Fields grouped by response key, in selection order.</summary>
internal sealed class CollectedFields
{
    public CollectedFields(OrderedDictionary<string, List<FieldNode>> groups)
    {
        Keys = new string[groups.Count];
        Nodes = new List<FieldNode>[groups.Count];
        var i = 0;
        foreach (var (key, nodes) in groups)
        {
            Keys[i] = key;
            Nodes[i] = nodes;
            i++;
        }
    }

    public string[] Keys { get; }

    public List<FieldNode>[] Nodes { get; }

    public int Count => Keys.Length;
}
