using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Protection;

/// <summary>
/// Measures a parsed document against <see cref="RequestLimits"/>: aliases, depth and estimated cost.
/// It runs before validation, so it never trusts the document: unknown fields cost the default, fragment cycles are
/// cut (validation reports them), and the work is linear in the document's size times its nesting.
/// </summary>
public static class RequestLimitsAnalyzer
{
    private static readonly string[] SizeArguments = ["first", "last", "limit"];

    public static IReadOnlyList<GraphQLError> Check(
        Schema schema,
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        RequestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(limits);

        var aliasError = CheckAliases(document, limits);
        if (aliasError is not null) return [aliasError];

        var operation = SelectOperation(document, operationName);
        if (operation is null) return []; // validation or execution explains which operation is missing

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode f) fragments.TryAdd(f.Name.Value, f);
        }

        var walker = new Walker(schema, fragments, variables, limits);
        var depth = walker.Depth(operation.SelectionSet, 0);
        if (depth > limits.MaxDepth)
        {
            return [Error($"The query is nested {depth} fields deep; at most {limits.MaxDepth} are allowed.", operation, LimitErrorCodes.MaxDepth)];
        }

        var rootType = operation.Operation switch
        {
            OperationType.Mutation => schema.MutationType,
            OperationType.Subscription => schema.SubscriptionType,
            _ => schema.QueryType,
        };
        var cost = walker.Cost(operation.SelectionSet, rootType, parentIsSized: false);
        if (cost > limits.MaxCost)
        {
            return [Error(
                $"The query's estimated cost is {cost.ToString(CultureInfo.InvariantCulture)}; at most {limits.MaxCost} is allowed. Ask for fewer items (first/last) or fewer nested lists.",
                operation, LimitErrorCodes.MaxCost)];
        }
        return [];
    }

    /// <summary>The cost alone (for logging and for tests of the cost model).</summary>
    public static long EstimateCost(Schema schema, DocumentNode document, string? operationName, IReadOnlyDictionary<string, object?>? variables, RequestLimits limits)
    {
        var operation = SelectOperation(document, operationName);
        if (operation is null) return 0;
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var root = operation.Operation == OperationType.Mutation ? schema.MutationType : schema.QueryType;
        return new Walker(schema, fragments, variables, limits).Cost(operation.SelectionSet, root, parentIsSized: false);
    }

    private static GraphQLError? CheckAliases(DocumentNode document, RequestLimits limits)
    {
        var count = 0;
        var stack = new Stack<SelectionSetNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable) stack.Push(executable.SelectionSet);
        }
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (field.Alias is not null && ++count > limits.MaxAliases)
                        {
                            return Error($"The document uses more than {limits.MaxAliases} aliases.", field.Alias, LimitErrorCodes.MaxAliases);
                        }
                        if (field.SelectionSet is not null) stack.Push(field.SelectionSet);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        return null;
    }

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operationName is null)
            {
                if (found is not null) return null; // ambiguous: execution reports it
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }
        return found;
    }

    private static GraphQLError Error(string message, AstNode node, string code) =>
        new(message, [node], extensions: new Dictionary<string, object?> { ["code"] = code });

    private sealed class Walker(
        Schema schema,
        Dictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?>? variables,
        RequestLimits limits)
    {
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public int Depth(SelectionSetNode selectionSet, int depth)
        {
            var max = depth;
            foreach (var selection in selectionSet.Selections)
            {
                var reached = selection switch
                {
                    FieldNode { SelectionSet: { } child } => Depth(child, depth + 1),
                    FieldNode => depth + 1,
                    InlineFragmentNode inline => Depth(inline.SelectionSet, depth),
                    FragmentSpreadNode spread => WithFragment(spread, f => Depth(f.SelectionSet, depth), depth),
                    _ => depth,
                };
                if (reached > max) max = reached;
                if (max > limits.MaxDepth) return max; // enough to refuse; no need to measure the rest
            }
            return max;
        }

        public long Cost(SelectionSetNode selectionSet, ComplexType? parentType, bool parentIsSized)
        {
            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                total = Add(total, selection switch
                {
                    FieldNode field => FieldCost(field, parentType, parentIsSized),
                    InlineFragmentNode inline => Cost(inline.SelectionSet, TypeNamed(inline.TypeCondition) ?? parentType, parentIsSized),
                    FragmentSpreadNode spread => WithFragment(spread, f => Cost(f.SelectionSet, TypeNamed(f.TypeCondition) ?? parentType, parentIsSized), 0L),
                    _ => 0,
                });
                if (total > limits.MaxCost) return total;
            }
            return total;
        }

        private long FieldCost(FieldNode field, ComplexType? parentType, bool parentIsSized)
        {
            var definition = parentType?.GetField(field.NameValue);
            var fieldType = definition?.Type;
            var namedType = fieldType is null ? null : Unwrap(fieldType);
            var weight = DeclaredWeight(definition) ?? (namedType is null or ScalarType or EnumType ? 0 : 1);
            if (field.SelectionSet is null) return weight;

            var size = PageSize(field);
            // A connection's first/last sizes its edges and nodes; lists directly under it are not multiplied again.
            long multiplier = size ?? (fieldType is not null && IsList(fieldType) && !parentIsSized ? limits.AssumedListSize : 1);
            var childType = namedType as ComplexType;
            var children = Cost(field.SelectionSet, childType, parentIsSized: size is not null);
            return Add(weight, Multiply(multiplier, children));
        }

        private T WithFragment<T>(FragmentSpreadNode spread, Func<FragmentDefinitionNode, T> measure, T whenMissing)
        {
            var name = spread.Name.Value;
            if (!fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name)) return whenMissing;
            try
            {
                return measure(fragment);
            }
            finally
            {
                _visiting.Remove(name);
            }
        }

        private ComplexType? TypeNamed(NamedTypeNode? node) => node is null ? null : schema.GetType(node.Name.Value) as ComplexType;

        private long? PageSize(FieldNode field)
        {
            foreach (var argument in field.Arguments)
            {
                if (Array.IndexOf(SizeArguments, argument.Name.Value) < 0) continue;
                var value = argument.Value switch
                {
                    IntValueNode i when long.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
                    VariableNode v when variables is not null && variables.TryGetValue(v.Name.Value, out var raw) => AsLong(raw),
                    _ => null,
                };
                if (value is { } size) return Math.Max(0, size);
            }
            return null;
        }

        private static long? AsLong(object? raw) => raw switch
        {
            int i => i,
            long l => l,
            double d => (long)d,
            decimal m => (long)m,
            JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var n) => n,
            _ => null,
        };

        private static int? DeclaredWeight(FieldDefinition? definition)
        {
            if (definition?.Definition is null) return null;
            foreach (var directive in definition.Definition.Directives)
            {
                if (directive.Name.Value != "cost") continue;
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value == "weight" && argument.Value is IntValueNode i &&
                        int.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight))
                    {
                        return weight;
                    }
                }
            }
            return null;
        }

        private static bool IsList(GraphQLType type) => (type is NonNullType nn ? nn.OfType : type) is ListType;

        private static NamedType? Unwrap(GraphQLType type)
        {
            while (true)
            {
                switch (type)
                {
                    case NonNullType nn: type = nn.OfType; break;
                    case ListType list: type = list.OfType; break;
                    default: return type as NamedType;
                }
            }
        }

        private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        private static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
    }
}
