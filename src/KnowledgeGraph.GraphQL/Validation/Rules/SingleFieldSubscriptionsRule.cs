using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.2.3.1 Single Root Field: a subscription selects exactly one root field (after fragments are
/// collected), not an introspection field, and without <c>@skip</c>/<c>@include</c> at the top level.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation) return VisitAction.Continue;
            var subscriptionType = context.Lookup.SubscriptionType;
            if (subscriptionType is null) return VisitAction.Continue;
            var name = operation.Name?.Value;
            var subject = name is null ? "Anonymous Subscription" : $"Subscription \"{name}\"";

            var collector = new RootFieldCollector(context, subscriptionType);
            collector.Visit(operation.SelectionSet);
            if (collector.Forbidden.Count > 0)
            {
                context.ReportError(new GraphQLError(
                    $"{subject} must not use `@skip` or `@include` directives in the top level selection.", collector.Forbidden));
                return VisitAction.Continue;
            }
            var groups = collector.Groups;
            if (groups.Count == 0)
            {
                context.ReportError(new GraphQLError($"{subject} must select one top level field.", operation.SelectionSet));
            }
            else if (groups.Count > 1)
            {
                context.ReportError(new GraphQLError(
                    $"{subject} must select only one top level field.", groups.Skip(1).SelectMany(g => g.Value)));
            }
            foreach (var group in groups)
            {
                if (group.Value[0].NameValue.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(new GraphQLError(
                        $"{subject} must not select an introspection top level field.", group.Value));
                }
            }
            return VisitAction.Continue;
        }
    }

    /// <summary>Field collection (spec §6.3.2) on the subscription root, with no variables, noting @skip/@include.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType rootType)
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public OrderedDictionary<string, List<FieldNode>> Groups { get; } = new(StringComparer.Ordinal);

        public List<AstNode> Forbidden { get; } = [];

        public void Visit(SelectionSetNode selectionSet)
        {
            ValidationAbortedException.EnsureSufficientStack();
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                if (!Included(selection)) continue;
                switch (selection)
                {
                    case FieldNode field:
                        var key = field.ResponseKey;
                        if (!Groups.TryGetValue(key, out var list))
                        {
                            list = [];
                            Groups[key] = list;
                        }
                        list.Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (ConditionMatches(inline.TypeCondition)) Visit(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        var fragment = context.GetFragment(spread.Name.Value);
                        if (fragment is null || !ConditionMatches(fragment.TypeCondition)) continue;
                        if (!_visitedFragments.Add(spread.Name.Value)) continue;
                        Visit(fragment.SelectionSet);
                        break;
                }
            }
        }

        // Any @skip or @include here is forbidden; the selection then counts as left out.
        private bool Included(SelectionNode selection)
        {
            foreach (var name in (ReadOnlySpan<string>)["skip", "include"])
            {
                var directive = selection.Directives.FirstOrDefault(d => d.Name.Value == name);
                if (directive is not null)
                {
                    Forbidden.Add(directive);
                    return false;
                }
            }
            return true;
        }

        private bool ConditionMatches(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null) return true;
            var conditionType = context.Lookup.GetType(typeCondition.Name.Value);
            if (ReferenceEquals(conditionType, rootType)) return true;
            return conditionType is not null && TypeHelpers.IsAbstractType(conditionType)
                && context.Lookup.IsSubType(conditionType, rootType);
        }
    }
}
