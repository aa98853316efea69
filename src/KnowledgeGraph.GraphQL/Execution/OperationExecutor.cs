using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec §6.2–§6.4): root fields concurrently for queries and serially for mutations,
/// value completion, abstract type resolution, error recording and null propagation. Synchronous resolvers run
/// without allocating tasks; asynchronous ones are awaited together per selection set.
/// </summary>
internal sealed class OperationExecutor
{
    private readonly FieldCollector _collector;
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _errorsGate = new();
    private readonly ConcurrentDictionary<(ObjectType Type, object Selection), FieldPlan> _plans;
    private readonly ConcurrentDictionary<(FieldDefinition Field, FieldNode Node), IReadOnlyDictionary<string, object?>> _arguments = new(concurrencyLevel: 2, capacity: 8);
    private readonly Func<string?> _cancellationReason;

    public OperationExecutor(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        RequestContext request,
        ExecutionOptions options,
        Func<string?> cancellationReason,
        ConcurrentDictionary<(ObjectType Type, object Selection), FieldPlan> plans)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Request = request;
        Options = options;
        _cancellationReason = cancellationReason;
        _collector = new FieldCollector(schema, fragments, variables);
        _plans = plans;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public RequestContext Request { get; }

    public ExecutionOptions Options { get; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errorsGate) return _errors.ToArray();
        }
    }

    /// <summary>Runs the operation; returns the root result map, or null when null propagated to the root.</summary>
    public Task<ResultMap?> ExecuteAsync(ObjectType rootType, object? rootValue)
    {
        var plan = Plan(rootType, Operation.SelectionSet, () => _collector.Collect(rootType, Operation.SelectionSet));
        if (Operation.Operation == OperationType.Mutation) return ExecuteFieldsSeriallyAsync(rootType, rootValue, plan);
        object? data;
        try
        {
            data = ExecuteFields(rootType, rootValue, plan, null);
        }
        catch (NullPropagation)
        {
            return Task.FromResult<ResultMap?>(null);
        }
        return data is Deferred pending ? AwaitRootAsync(pending) : Task.FromResult((ResultMap?)data);
    }

    private static async Task<ResultMap?> AwaitRootAsync(Deferred root)
    {
        try
        {
            return (ResultMap?)await RootCompletion.Await(root).ConfigureAwait(false);
        }
        catch (NullPropagation)
        {
            return null;
        }
    }

    // ---- Selection sets ------------------------------------------------------------------------------------

    private FieldPlan Plan(ObjectType type, object selectionKey, Func<CollectedFields> collect) =>
        _plans.TryGetValue((type, selectionKey), out var plan) ? plan : _plans.GetOrAdd((type, selectionKey), BuildPlan(type, collect()));

    // The plan of an object's sub-selection; looked up before any closure is allocated (hot for lists of objects).
    private FieldPlan SubfieldPlan(ObjectType type, List<FieldNode> nodes) =>
        _plans.TryGetValue((type, nodes), out var plan) ? plan : _plans.GetOrAdd((type, nodes), BuildPlan(type, _collector.CollectSubfields(type, nodes)));

    private FieldPlan BuildPlan(ObjectType type, CollectedFields collected)
    {
        var keys = new List<string>(collected.Count);
        var nodes = new List<List<FieldNode>>(collected.Count);
        var definitions = new List<FieldDefinition?>(collected.Count);
        var isTypeName = new List<bool>(collected.Count);
        for (var i = 0; i < collected.Count; i++)
        {
            var fieldName = collected.Nodes[i][0].NameValue;
            var definition = IntrospectionTypes.GetMetaField(Schema, type, fieldName) ?? type.GetField(fieldName);
            var typeName = fieldName == "__typename";
            if (definition is null && !typeName) continue; // unknown fields are skipped, as graphql-js does
            keys.Add(collected.Keys[i]);
            nodes.Add(collected.Nodes[i]);
            definitions.Add(typeName ? null : definition);
            isTypeName.Add(typeName);
        }
        return new FieldPlan(keys.ToArray(), nodes.ToArray(), definitions.ToArray(), isTypeName.ToArray());
    }

    /// <summary>
    /// ExecuteSelectionSet (§6.3) for one object: its result map, or a <see cref="Deferred"/> when a field is still
    /// pending. Throws <see cref="NullPropagation"/> when a non-null field became null synchronously.
    /// </summary>
    private object ExecuteFields(ObjectType type, object? source, FieldPlan plan, ResponsePath? path)
    {
        var map = new ResultMap(plan.Keys);
        ObjectCompletion? pending = null;
        for (var i = 0; i < plan.Count; i++)
        {
            if (plan.IsTypeName[i])
            {
                map.Set(i, type.Name);
                continue;
            }
            var value = ExecuteField(type, source, plan, i, path);
            if (value is Deferred deferred) (pending ??= new ObjectCompletion(map)).Await(deferred, i);
            else map.Set(i, value);
        }
        if (pending is null) return map;
        pending.Seal();
        return pending;
    }

    private async Task<ResultMap?> ExecuteFieldsSeriallyAsync(ObjectType type, object? source, FieldPlan plan)
    {
        var map = new ResultMap(plan.Keys);
        try
        {
            for (var i = 0; i < plan.Count; i++)
            {
                if (plan.IsTypeName[i])
                {
                    map.Set(i, type.Name);
                    continue;
                }
                var value = ExecuteField(type, source, plan, i, null);
                map.Set(i, value is Deferred deferred ? await RootCompletion.Await(deferred).ConfigureAwait(false) : value);
            }
        }
        catch (NullPropagation)
        {
            return null;
        }
        return map;
    }

    // ---- Fields --------------------------------------------------------------------------------------------

    /// <summary>ExecuteField (§6.4): the completed value, or a <see cref="Deferred"/> while the resolver's task runs.</summary>
    private object? ExecuteField(ObjectType parentType, object? source, FieldPlan plan, int index, ResponsePath? parentPath)
    {
        var field = plan.Definitions[index]!;
        var nodes = plan.Nodes[index];
        ResolveContext? context = null;
        FieldScope scope;
        ValueTask<object?> resolved;
        try
        {
            var arguments = field.Arguments.Count == 0 ? EmptyArguments : Arguments(parentType, field, nodes[0]);
            if (plan.ParentReaders[index] is { } read)
            {
                scope = new FieldScope(parentType, field, source, arguments, null);
                resolved = new ValueTask<object?>(read(source));
            }
            else if (field.Resolver is { } resolver)
            {
                context = new ResolveContext(this, parentType, field, nodes, source, arguments, parentPath, plan.Keys[index]);
                scope = new FieldScope(parentType, field, source, arguments, context);
                resolved = resolver(context);
            }
            else
            {
                scope = new FieldScope(parentType, field, source, arguments, null);
                resolved = new ValueTask<object?>(DefaultResolver.Resolve(source, field.Name, ref plan.Readers[index]));
            }
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, field.Type, nodes, context?.Path ?? ResponsePath.Child(parentPath, plan.Keys[index]));
        }
        // Only bound resolvers return unfinished tasks; the default resolver reads synchronously.
        if (!resolved.IsCompletedSuccessfully) return new PendingField(this, resolved, context!);
        // Scalars and enums complete without a path; objects and lists need it for their own fields and items.
        var path = plan.IsLeaf[index] ? null : context?.Path ?? ResponsePath.Child(parentPath, plan.Keys[index]);
        try
        {
            return CompleteValue(field.Type, scope, nodes, path, resolved.Result);
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, field.Type, nodes, path ?? context?.Path ?? ResponsePath.Child(parentPath, plan.Keys[index]));
        }
    }

    // Argument values depend only on the field node and the request's variables, so they are coerced once per request.
    private IReadOnlyDictionary<string, object?> Arguments(ObjectType parentType, FieldDefinition field, FieldNode node)
    {
        if (_arguments.TryGetValue((field, node), out var cached)) return cached;
        var coerced = ArgumentCoercion.Coerce($"{parentType.Name}.{field.Name}", field.Arguments, node.Arguments, node, Variables);
        return _arguments.GetOrAdd((field, node), coerced);
    }

    /// <summary>Records the error (unless it is a propagation) and returns null, or propagates when the position is non-null.</summary>
    internal object? HandleFieldError(Exception ex, GraphQLType type, List<FieldNode> nodes, ResponsePath path)
    {
        if (ex is AggregateException { InnerExceptions.Count: 1 } aggregate) ex = aggregate.InnerExceptions[0];
        if (ex is not NullPropagation) AddError(LocateError(ex, nodes, path));
        if (type is NonNullType) throw new NullPropagation();
        return null;
    }

    // ---- Value completion ----------------------------------------------------------------------------------

    /// <summary>
    /// CompleteValue (§6.4.3): the response value, or a <see cref="Deferred"/> when an object or list below is still
    /// pending. <paramref name="path"/> may be null only for scalar and enum types (they never need it).
    /// </summary>
    internal object? CompleteValue(GraphQLType type, FieldScope context, List<FieldNode> nodes, ResponsePath? path, object? result)
    {
        if (result is Exception error) throw error;
        if (type is NonNullType nonNull)
        {
            // A pending object or list completes with its map or array, or fails with a propagation; never with null.
            return CompleteValue(nonNull.OfType, context, nodes, path, result) ?? throw NonNullViolation(context);
        }
        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }) return null;
        switch (type)
        {
            case ScalarType scalar:
                return SerializeLeaf(scalar, result);
            case EnumType enumType:
                return enumType.Serialize(result is JsonElement json ? JsonValues.ToClr(json) : result);
            case ObjectType objectType:
                return ExecuteFields(objectType, result, SubfieldPlan(objectType, nodes), path!);
            case ListType list:
                return CompleteList(list, context, nodes, path!, result);
            case InterfaceType or UnionType:
                var runtimeType = ResolveRuntimeType((NamedType)type, context, nodes, path!, result);
                return ExecuteFields(runtimeType, result, SubfieldPlan(runtimeType, nodes), path!);
            default:
                throw new InvalidOperationException($"Cannot complete value of unexpected output type \"{type}\".");
        }
    }

    private static GraphQLError NonNullViolation(FieldScope context) =>
        new($"Cannot return null for non-nullable field {context.ParentType.Name}.{context.Field.Name}.");

    private static object SerializeLeaf(ScalarType scalar, object result)
    {
        var value = result is JsonElement json ? JsonValues.ToClr(json) : result;
        if (value is null) throw new GraphQLError($"Expected `{scalar.Name}.coerceOutputValue({Inspector.Inspect(result)})` to return non-nullable value, returned: null");
        return scalar.Serialize(value);
    }

    private object CompleteList(ListType type, FieldScope context, List<FieldNode> nodes, ResponsePath path, object result)
    {
        // Items are materialized first so that results go into a fixed array: concurrently completing items then
        // write to their own slots without locking.
        IList items = result switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } json => json.EnumerateArray().Select(e => (object?)e).ToArray(),
            string or JsonElement or IDictionary<string, object?> or IReadOnlyDictionary<string, object?> => throw new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.Field.Name}\"."),
            IList list => list,
            IEnumerable enumerable => enumerable.Cast<object?>().ToArray(),
            _ => throw new GraphQLError($"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.Field.Name}\"."),
        };
        var itemType = type.OfType;
        var leafItems = TypeHelpers.GetNullableType(itemType) is ScalarType or EnumType;
        var values = new object?[items.Count];
        ListCompletion? pending = null;
        for (var index = 0; index < values.Length; index++)
        {
            var itemPath = leafItems ? null : path.Index(index);
            try
            {
                var completed = CompleteValue(itemType, context, nodes, itemPath, items[index]);
                if (completed is Deferred deferred) (pending ??= new ListCompletion(this, values, itemType, nodes, path)).Await(deferred, index);
                else values[index] = completed;
            }
            catch (Exception ex)
            {
                values[index] = HandleFieldError(ex, itemType, nodes, itemPath ?? path.Index(index));
            }
        }
        if (pending is null) return values;
        pending.Seal();
        return pending;
    }

    private ObjectType ResolveRuntimeType(NamedType abstractType, FieldScope context, List<FieldNode> nodes, ResponsePath path, object value)
    {
        var resolver = ((IAbstractType)abstractType).ResolveType;
        var typeName = resolver is not null
            ? resolver(value, context.Context ?? new ResolveContext(this, context.ParentType, context.Field, nodes, context.Source, context.Arguments, path))
            : DefaultTypeName(abstractType, value);
        if (typeName is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{context.ParentType.Name}.{context.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                nodes);
        }
        var runtimeType = Schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", nodes);
        }
        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".", nodes);
        }
        if (!Schema.IsSubType(abstractType, objectType))
        {
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", nodes);
        }
        return objectType;
    }

    /// <summary>A <c>__typename</c> key of a dictionary or JSON object, else a possible type named like the CLR type.</summary>
    private string? DefaultTypeName(NamedType abstractType, object value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name):
                return name as string;
            case IDictionary<string, object?> dict when dict.TryGetValue("__typename", out var dictName):
                return dictName as string;
            case JsonElement { ValueKind: JsonValueKind.Object } json when json.TryGetProperty("__typename", out var jsonName):
                return jsonName.ValueKind == JsonValueKind.String ? jsonName.GetString() : null;
        }
        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var possible in Schema.GetPossibleTypes(abstractType))
            {
                if (possible.Name == type.Name) return possible.Name;
            }
        }
        return null;
    }

    // ---- Errors --------------------------------------------------------------------------------------------

    internal void AddError(GraphQLError error)
    {
        lock (_errorsGate) _errors.Add(error);
    }

    private GraphQLError LocateError(Exception ex, List<FieldNode> nodes, ResponsePath path)
    {
        if (ex is GraphQLError { Path: not null } located) return located;
        var pathList = path.ToList();
        if (ex is GraphQLError error)
        {
            return new GraphQLError(
                error.Message, error.Nodes.Count > 0 ? error.Nodes : nodes, error.DocumentSource, error.Nodes.Count > 0 ? error.Positions : null,
                pathList, error.InnerException ?? error, error.Extensions);
        }
        if (ex is OperationCanceledException && Request.CancellationToken.IsCancellationRequested)
        {
            return new GraphQLError(_cancellationReason() ?? "The request was cancelled.", nodes, path: pathList, originalError: ex,
                extensions: new Dictionary<string, object?> { ["code"] = "REQUEST_CANCELLED" });
        }
        var message = Options.ExposeExceptionMessages ? ex.Message : "Unexpected error.";
        return new GraphQLError(message, nodes, path: pathList, originalError: ex,
            extensions: new Dictionary<string, object?> { ["code"] = "INTERNAL_SERVER_ERROR" });
    }

    // ---- Projections ---------------------------------------------------------------------------------------

    internal IReadOnlyList<SelectedField> SelectedFields(IReadOnlyList<FieldNode> fieldNodes)
    {
        var result = new List<SelectedField>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null) Select(node.SelectionSet, null);
        }
        return result;

        void Select(SelectionSetNode selectionSet, string? typeCondition)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!_collector.ShouldInclude(selection.Directives)) continue;
                switch (selection)
                {
                    case FieldNode field:
                        result.Add(new SelectedField(field.NameValue, field.ResponseKey, field, typeCondition));
                        break;
                    case InlineFragmentNode inline:
                        Select(inline.SelectionSet, inline.TypeCondition?.Name.Value ?? typeCondition);
                        break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && Fragments.TryGetValue(spread.Name.Value, out var fragment):
                        Select(fragment.SelectionSet, fragment.TypeCondition.Name.Value);
                        break;
                }
            }
        }
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();
}
