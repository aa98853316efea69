using System.Text;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.2 Field Selection Merging: fields with the same response name must be mergeable — same field and
/// arguments unless their parents are distinct object types, and shapes that cannot conflict. Follows graphql-js
/// 17's algorithm (pairwise comparison with memoized fragment pairs and a work budget) so that the set and order
/// of reported conflicts match.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Comparer _comparer = new(context);

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is not SelectionSetNode selectionSet) return VisitAction.Continue;
            // Inline fragments are checked as part of the selection set around them.
            if (ancestors.Count > 0 && ancestors[^1] is InlineFragmentNode) return VisitAction.Continue;
            if (selectionSet.Selections.Count <= 1 && selectionSet.Selections.FirstOrDefault() is not InlineFragmentNode)
            {
                return VisitAction.Continue;
            }
            foreach (var conflict in _comparer.FindConflictsWithinSelectionSet(context.ParentType, selectionSet))
            {
                context.ReportError(new GraphQLError(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2)));
            }
            return VisitAction.Continue;
        }
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed record FieldDetails(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition, bool IsSimpleLeaf);

    private sealed class CollectedFields
    {
        public OrderedDictionary<string, List<FieldDetails>> Grouped { get; } = new(StringComparer.Ordinal);

        public List<FragmentSpreadNode> Spreads { get; } = [];

        public Dictionary<CollectedFields, List<(string Name, List<FieldDetails> A, List<FieldDetails> B)>> Overlaps { get; } =
            new(ReferenceEqualityComparer.Instance);

        public List<FragmentSpread>? DistinctSpreads { get; set; }
    }

    /// <summary>A spread, reduced to the fragment it names (null when the fragment is unknown).</summary>
    private sealed record FragmentSpread(FragmentSpreadNode Node, FragmentDefinitionNode? Definition);

    /// <summary>Remembers which pairs were compared, and whether under mutually exclusive parents.</summary>
    private sealed class PairSet(bool ordered)
    {
        private static readonly object Missing = new();
        private readonly Dictionary<object, Dictionary<object, bool>> _data = new(ReferenceEqualityComparer.Instance);

        public bool Has(object? a, object? b, bool areMutuallyExclusive) =>
            HasOrdered(a ?? Missing, b ?? Missing, areMutuallyExclusive)
            || (!ordered && HasOrdered(b ?? Missing, a ?? Missing, areMutuallyExclusive));

        public void Add(object? a, object? b, bool areMutuallyExclusive)
        {
            a ??= Missing;
            if (!_data.TryGetValue(a, out var map))
            {
                map = new Dictionary<object, bool>(ReferenceEqualityComparer.Instance);
                _data[a] = map;
            }
            map[b ?? Missing] = areMutuallyExclusive;
        }

        // A pair compared as not mutually exclusive covers the exclusive case too, not the other way round.
        private bool HasOrdered(object a, object b, bool areMutuallyExclusive) =>
            _data.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (areMutuallyExclusive || !stored);
    }

    private sealed class Comparer(ValidationContext context)
    {
        private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = [];
        private readonly PairSet _comparedFieldsAndFragments = new(ordered: true);
        private readonly PairSet _comparedFragments = new(ordered: false);
        private readonly Dictionary<ValueNode, string> _comparisonKeys = new(ReferenceEqualityComparer.Instance);
        private int _remainingBudget = ComplexityBudget;

        public List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var fields = CollectFields(parentType, selectionSet);
            CollectConflictsWithin(conflicts, fields);
            if (fields.Spreads.Count != 0 && (fields.Grouped.Count != 0 || fields.Spreads.Count > 1))
            {
                var spreads = DistinctSpreads(fields);
                for (var i = 0; i < spreads.Count; i++)
                {
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, spreads[i]);
                    for (var j = i + 1; j < spreads.Count; j++)
                    {
                        CollectConflictsBetweenFragments(conflicts, false, spreads[i], spreads[j]);
                    }
                }
            }
            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(
            List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields fields, FragmentSpread spread)
        {
            Spend(1);
            if (fields.Grouped.Count == 0) return;
            var fragment = spread.Definition;
            if (_comparedFieldsAndFragments.Has(fields, fragment, areMutuallyExclusive)) return;
            _comparedFieldsAndFragments.Add(fields, fragment, areMutuallyExclusive);
            if (fragment is null) return;
            var fragmentFields = CollectFragmentFields(fragment);
            var referenced = DistinctSpreads(fragmentFields);
            if (ReferenceEquals(fields, fragmentFields)) return;
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
            foreach (var next in referenced)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, next);
            }
        }

        private void CollectConflictsBetweenFragments(
            List<Conflict> conflicts, bool areMutuallyExclusive, FragmentSpread spread1, FragmentSpread spread2)
        {
            Spend(2);
            var fragment1 = spread1.Definition;
            var fragment2 = spread2.Definition;
            if (ReferenceEquals(fragment1, fragment2)) return;
            if (_comparedFragments.Has(fragment1, fragment2, areMutuallyExclusive)) return;
            _comparedFragments.Add(fragment1, fragment2, areMutuallyExclusive);
            if (fragment1 is null || fragment2 is null) return;
            var fields1 = CollectFragmentFields(fragment1);
            var referenced1 = DistinctSpreads(fields1);
            var fields2 = CollectFragmentFields(fragment2);
            var referenced2 = DistinctSpreads(fields2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var next in referenced2) CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, spread1, next);
            foreach (var next in referenced1) CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, next, spread2);
        }

        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive,
            NamedType? parentType1,
            SelectionSetNode selectionSet1,
            NamedType? parentType2,
            SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = CollectFields(parentType1, selectionSet1);
            var spreads1 = DistinctSpreads(fields1);
            var fields2 = CollectFields(parentType2, selectionSet2);
            var spreads2 = DistinctSpreads(fields2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var spread2 in spreads2) CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, spread2);
            foreach (var spread1 in spreads1) CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, spread1);
            foreach (var spread1 in spreads1)
            {
                foreach (var spread2 in spreads2) CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, spread1, spread2);
            }
            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields fields)
        {
            foreach (var (responseName, list) in fields.Grouped)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    for (var j = i + 1; j < list.Count; j++)
                    {
                        if (FindConflict(false, responseName, list[i], list[j]) is { } conflict) conflicts.Add(conflict);
                    }
                }
            }
        }

        private void CollectConflictsBetween(
            List<Conflict> conflicts, bool parentsMutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
        {
            if (fields1.Grouped.Count == 0 || fields2.Grouped.Count == 0) return;
            foreach (var (responseName, list1, list2) in Overlapping(fields1, fields2))
            {
                foreach (var details1 in list1)
                {
                    foreach (var details2 in list2)
                    {
                        if (FindConflict(parentsMutuallyExclusive, responseName, details1, details2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<(string Name, List<FieldDetails> A, List<FieldDetails> B)> Overlapping(
            CollectedFields fields1, CollectedFields fields2)
        {
            if (fields1.Overlaps.TryGetValue(fields2, out var cached)) return cached;
            var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
            foreach (var (responseName, list1) in fields1.Grouped)
            {
                Spend(1);
                if (fields2.Grouped.TryGetValue(responseName, out var list2)) overlapping.Add((responseName, list1, list2));
            }
            fields1.Overlaps[fields2] = overlapping;
            return overlapping;
        }

        private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
        {
            // Fields of two different object types can never both apply to one value.
            var areMutuallyExclusive = parentsMutuallyExclusive
                || (!ReferenceEquals(details1.ParentType, details2.ParentType)
                    && details1.ParentType is ObjectType && details2.ParentType is ObjectType);
            Spend(2);
            ValidationAbortedException.EnsureSufficientStack();
            var node1 = details1.Node;
            var node2 = details2.Node;
            var type1 = details1.Definition?.Type;
            var type2 = details2.Definition?.Type;
            if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && ReferenceEquals(type1, type2)
                && node1.NameValue == node2.NameValue)
            {
                return null;
            }
            if (!areMutuallyExclusive)
            {
                var name1 = node1.NameValue;
                var name2 = node2.NameValue;
                if (name1 != name2)
                {
                    return new Conflict(
                        responseName, $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields", [node1], [node2]);
                }
                if (!SameArguments(node1.Arguments, node2.Arguments))
                {
                    return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
                }
            }
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return new Conflict(
                    responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
            }
            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var subConflicts = FindConflictsBetweenSubSelectionSets(
                    areMutuallyExclusive,
                    TypeHelpers.GetNamedType(type1),
                    selectionSet1,
                    TypeHelpers.GetNamedType(type2),
                    selectionSet2);
                return SubfieldConflicts(subConflicts, responseName, node1, node2);
            }
            return null;
        }

        private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count == 0) return arguments2.Count == 0;
            if (arguments1.Count != arguments2.Count) return false;
            var values2 = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
            foreach (var argument in arguments2) values2[argument.Name.Value] = argument.Value;
            foreach (var argument in arguments1)
            {
                Spend(1);
                if (!values2.TryGetValue(argument.Name.Value, out var value2)) return false;
                if (ComparisonKey(argument.Value) != ComparisonKey(value2)) return false;
            }
            return true;
        }

        // Two literals are the same argument value when their keys are equal; object fields compare unordered.
        private string ComparisonKey(ValueNode value)
        {
            if (_comparisonKeys.TryGetValue(value, out var cached)) return cached;
            var builder = new StringBuilder();
            AppendKey(builder, value);
            var key = builder.ToString();
            _comparisonKeys[value] = key;
            return key;
        }

        private static void AppendKey(StringBuilder builder, ValueNode value)
        {
            switch (value)
            {
                case VariableNode variable:
                    builder.Append("$(").Append(JsonSerializer.Serialize(variable.Name.Value)).Append(')');
                    break;
                case ObjectValueNode obj:
                    builder.Append("{(");
                    foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                    {
                        builder.Append(JsonSerializer.Serialize(field.Name.Value)).Append(':');
                        AppendKey(builder, field.Value);
                        builder.Append(',');
                    }
                    builder.Append(")}");
                    break;
                case ListValueNode list:
                    builder.Append("[(");
                    foreach (var item in list.Values)
                    {
                        AppendKey(builder, item);
                        builder.Append(',');
                    }
                    builder.Append(")]");
                    break;
                case StringValueNode s:
                    builder.Append(s.Block ? "B(" : "S(").Append(JsonSerializer.Serialize(s.Value)).Append(')');
                    break;
                case IntValueNode i:
                    builder.Append("I(").Append(i.Value).Append(')');
                    break;
                case FloatValueNode f:
                    builder.Append("F(").Append(f.Value).Append(')');
                    break;
                case BooleanValueNode b:
                    builder.Append(b.Value ? "T()" : "F!()");
                    break;
                case NullValueNode:
                    builder.Append("N()");
                    break;
                case EnumValueNode e:
                    builder.Append("E(").Append(e.Value).Append(')');
                    break;
            }
        }

        private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
        {
            if (TypeHelpers.IsEqualType(type1, type2)) return false;
            Spend(1);
            if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
            if (type2 is ListType) return true;
            if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            if (type2 is NonNullType) return true;
            if (TypeHelpers.IsLeafType(type1) || TypeHelpers.IsLeafType(type2)) return !ReferenceEquals(type1, type2);
            return false;
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0) return null;
            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                if (message.Length > 0) message.Append(" and ");
                message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (message.Length > MaxConflictDetailLength) break;
            }
            return new Conflict(
                responseName,
                Abbreviate(message.ToString()),
                CollectConflictNodes(node1, conflicts, c => c.Fields1),
                CollectConflictNodes(node2, conflicts, c => c.Fields2));
        }

        private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var remaining = MaxConflictNodes - nodes.Count;
                var fields = side(conflict);
                nodes.AddRange(fields.Count > remaining ? fields.Skip(fields.Count - remaining) : fields);
                if (nodes.Count == MaxConflictNodes) break;
            }
            return nodes;
        }

        private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(TypeHelpers.TypeFromAst(context.Lookup.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

        private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (_collected.TryGetValue((parentType, selectionSet), out var cached)) return cached;
            var fields = new CollectedFields();
            CollectFieldsInto(parentType, selectionSet, fields);
            _collected[(parentType, selectionSet)] = fields;
            return fields;
        }

        private void CollectFieldsInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields fields)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        // Only declared fields count here; meta-fields like __typename have no definition.
                        var definition = (parentType as ComplexType)?.GetField(field.NameValue);
                        var responseName = field.ResponseKey;
                        if (!fields.Grouped.TryGetValue(responseName, out var list))
                        {
                            list = [];
                            fields.Grouped[responseName] = list;
                        }
                        var isSimpleLeaf = field.Arguments.Count == 0 && field.SelectionSet is null
                            && field.Directives.All(d => d.Name.Value != "stream");
                        list.Add(new FieldDetails(parentType, field, definition, isSimpleLeaf));
                        break;
                    case FragmentSpreadNode spread:
                        fields.Spreads.Add(spread);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is null
                            ? parentType
                            : TypeHelpers.TypeFromAst(context.Lookup.Schema, inline.TypeCondition) as NamedType;
                        CollectFieldsInto(inlineType, inline.SelectionSet, fields);
                        break;
                }
            }
        }

        // Spreads of one fragment are compared once: the first spread of each fragment stands for all.
        private List<FragmentSpread> DistinctSpreads(CollectedFields fields)
        {
            if (fields.DistinctSpreads is { } cached) return cached;
            var result = new List<FragmentSpread>();
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var unknownSeen = false;
            foreach (var node in fields.Spreads)
            {
                Spend(1);
                var definition = context.GetFragment(node.Name.Value);
                if (definition is null)
                {
                    if (unknownSeen) continue;
                    unknownSeen = true;
                }
                else if (!seen.Add(definition))
                {
                    continue;
                }
                result.Add(new FragmentSpread(node, definition));
            }
            fields.DistinctSpreads = result;
            return result;
        }

        private void Spend(int cost)
        {
            _remainingBudget -= cost;
            if (_remainingBudget < 0) throw ValidationAbortedException.WorkBudgetExceeded();
        }
    }
}
