using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Introspection;

/// <summary>Finds a <c>__schema</c> or <c>__type</c> selection in an operation, for the "introspection off" switch.</summary>
public static class IntrospectionGuard
{
    public static FieldNode? FindIntrospectionField(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(fragments);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return Find(operation.SelectionSet);

        FieldNode? Find(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field when field.NameValue is "__schema" or "__type":
                        return field;
                    case FieldNode { SelectionSet: { } child }:
                        if (Find(child) is { } nested) return nested;
                        break;
                    case InlineFragmentNode inline:
                        if (Find(inline.SelectionSet) is { } inInline) return inInline;
                        break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        if (Find(fragment.SelectionSet) is { } inFragment) return inFragment;
                        break;
                }
            }
            return null;
        }
    }
}
