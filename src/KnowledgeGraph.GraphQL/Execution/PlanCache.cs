using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Field plans (collected fields per object type and selection) outlive one execution when they cannot differ
/// between executions: same document, same schema, and no <c>@skip</c>/<c>@include</c> whose condition is a variable.
/// Then every execution of a cached document (the HTTP endpoint keeps parsed documents) reuses the plans, and the
/// default resolver's getter caches in them, instead of collecting fields again. Otherwise each execution gets its own.
/// </summary>
internal sealed class PlanCache
{
    private static readonly ConditionalWeakTable<DocumentNode, PlanCache> ByDocument = [];

    private PlanCache(Schema schema, bool shareable)
    {
        Schema = schema;
        Shareable = shareable;
    }

    private Schema Schema { get; }

    private bool Shareable { get; }

    private ConcurrentDictionary<(ObjectType Type, object Selection), FieldPlan> Plans { get; } = NewTable();

    /// <summary>The plan table for one execution of <paramref name="document"/> against <paramref name="schema"/>.</summary>
    public static ConcurrentDictionary<(ObjectType Type, object Selection), FieldPlan> For(Schema schema, DocumentNode document)
    {
        var cache = ByDocument.GetValue(document, d => new PlanCache(schema, !HasVariableConditions(d)));
        return cache.Shareable && ReferenceEquals(cache.Schema, schema) ? cache.Plans : NewTable();
    }

    private static ConcurrentDictionary<(ObjectType Type, object Selection), FieldPlan> NewTable() =>
        new(concurrencyLevel: 2, capacity: 8, PlanKeyComparer.Instance);

    private static bool HasVariableConditions(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation when HasVariableConditions(operation.SelectionSet):
                case FragmentDefinitionNode fragment when HasVariableConditions(fragment.SelectionSet):
                    return true;
            }
        }
        return false;
    }

    private static bool HasVariableConditions(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Value is VariableNode) return true;
                }
            }
            var below = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (below is not null && HasVariableConditions(below)) return true;
        }
        return false;
    }

    // Plans are keyed by object type and the identity of the selection (a SelectionSetNode or a field-node list).
    private sealed class PlanKeyComparer : IEqualityComparer<(ObjectType Type, object Selection)>
    {
        public static readonly PlanKeyComparer Instance = new();

        public bool Equals((ObjectType Type, object Selection) x, (ObjectType Type, object Selection) y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Selection, y.Selection);

        public int GetHashCode((ObjectType Type, object Selection) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Type), RuntimeHelpers.GetHashCode(obj.Selection));
    }
}
