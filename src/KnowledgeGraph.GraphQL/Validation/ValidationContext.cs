using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// What a rule sees while the document is walked: the schema, the document, the current types (from the shared
/// <see cref="TypeInfo"/>), fragment and variable-usage lookups (cached per document) and the error sink.
/// </summary>
public sealed class ValidationContext
{
    // graphql-js stops fragment analysis after this much work so hostile documents cannot stall validation.
    private const int FragmentWorkBudget = 50_000;

    private readonly TypeInfo _typeInfo;
    private readonly Action<GraphQLError> _onError;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads =
        new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IReadOnlyList<FragmentDefinitionNode>> _recursivelyReferencedFragments =
        new(StringComparer.Ordinal);
    private readonly Dictionary<AstNode, IReadOnlyList<VariableUsage>> _variableUsages =
        new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages =
        new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(
        SchemaLookup schema,
        DocumentNode document,
        TypeInfo typeInfo,
        Action<GraphQLError> onError,
        ValidationOptions options)
    {
        Lookup = schema;
        Document = document;
        _typeInfo = typeInfo;
        _onError = onError;
        HideSuggestions = options.HideSuggestions;
    }

    public Schema Schema => Lookup.Schema;

    public DocumentNode Document { get; }

    /// <summary>Whether "Did you mean …?" hints are left out of messages.</summary>
    public bool HideSuggestions { get; }

    public GraphQLType? Type => _typeInfo.Type;

    public NamedType? ParentType => _typeInfo.ParentType;

    public GraphQLType? InputType => _typeInfo.InputType;

    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    public FieldDefinition? FieldDef => _typeInfo.FieldDef;

    /// <summary>"Type.field" of <see cref="FieldDef"/>, as messages print it.</summary>
    public string? FieldCoordinate => _typeInfo.FieldCoordinate;

    public DirectiveDefinition? Directive => _typeInfo.Directive;

    public InputValueDefinition? Argument => _typeInfo.Argument;

    public EnumValueDefinition? EnumValue => _typeInfo.EnumValue;

    internal SchemaLookup Lookup { get; }

    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _onError(error);
    }

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                // The last definition of a name wins, as in graphql-js.
                if (definition is FragmentDefinitionNode fragment) _fragments[fragment.Name.Value] = fragment;
            }
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere inside a selection set (not following them into fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation reaches through spreads, transitively, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragments([operation]);

    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(
        IReadOnlyList<OperationDefinitionNode> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var startNames = new List<string>();
        var seenStart = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seenStart.Add(spread.Name.Value)) startNames.Add(spread.Name.Value);
            }
        }
        if (startNames.Count == 0) return [];
        var key = string.Join('\n', seenStart.Order(StringComparer.Ordinal));
        if (_recursivelyReferencedFragments.TryGetValue(key, out var cached)) return cached;

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(startNames.Count);
        var collected = new HashSet<string>(startNames, StringComparer.Ordinal);
        var queue = new List<string>(startNames);
        for (var i = 0; i < queue.Count; i++)
        {
            var fragment = GetFragment(queue[i]);
            if (fragment is null) continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (collected.Add(spread.Name.Value)) queue.Add(spread.Name.Value);
            }
        }
        _recursivelyReferencedFragments[key] = fragments;
        return fragments;
    }

    /// <summary>The variables used directly inside an operation or fragment, with the input type expected there.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_variableUsages.TryGetValue(definition, out var cached)) return cached;
        var usages = new List<VariableUsage>();
        var typeInfo = new TypeInfo(Lookup);
        var collector = new DelegateVisitor((node, _) =>
        {
            switch (node)
            {
                case VariableDefinitionNode:
                    return VisitAction.SkipChildren;
                case VariableNode variable:
                    usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.ParentInputType, typeInfo.HasDefaultValue));
                    break;
            }
            return VisitAction.Continue;
        });
        new TypeInfoVisitor(typeInfo, collector).Visit(definition);
        _variableUsages[definition] = usages;
        return usages;
    }

    /// <summary>The variables an operation uses, directly and through every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached)) return cached;
        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }
        SpendFragmentWork(usages.Count);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Charges fragment analysis; past the budget validation stops with "Validation aborted.".</summary>
    internal void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0) throw ValidationAbortedException.WorkBudgetExceeded();
    }
}
