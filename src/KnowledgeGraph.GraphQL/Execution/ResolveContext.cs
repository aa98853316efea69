using System.Security.Claims;
using KnowledgeGraph.GraphQL.DataLoader;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// What a resolver gets for one field of one parent value (graphql-js's source, args, context and info in one):
/// the parent, typed arguments, the request context, the field's sub-selection and DataLoaders.
/// </summary>
public sealed class ResolveContext
{
    private readonly OperationExecutor _executor;
    private readonly ResponsePath? _parentPath;
    private readonly string? _responseKey;
    private ResponsePath? _path;
    private IReadOnlyList<SelectedField>? _selectedFields;

    /// <summary>A context for the field at <paramref name="responseKey"/> under <paramref name="parentPath"/>; its path is built on first use.</summary>
    internal ResolveContext(
        OperationExecutor executor,
        ObjectType parentType,
        FieldDefinition field,
        List<FieldNode> fieldNodes,
        object? parent,
        IReadOnlyDictionary<string, object?> arguments,
        ResponsePath? parentPath,
        string responseKey)
        : this(executor, parentType, field, fieldNodes, parent, arguments)
    {
        _parentPath = parentPath;
        _responseKey = responseKey;
    }

    /// <summary>A context at a known path (e.g. a list item whose abstract type is being resolved).</summary>
    internal ResolveContext(
        OperationExecutor executor,
        ObjectType parentType,
        FieldDefinition field,
        List<FieldNode> fieldNodes,
        object? parent,
        IReadOnlyDictionary<string, object?> arguments,
        ResponsePath path)
        : this(executor, parentType, field, fieldNodes, parent, arguments)
    {
        _path = path;
    }

    private ResolveContext(
        OperationExecutor executor,
        ObjectType parentType,
        FieldDefinition field,
        List<FieldNode> fieldNodes,
        object? parent,
        IReadOnlyDictionary<string, object?> arguments)
    {
        _executor = executor;
        ParentType = parentType;
        Field = field;
        Nodes = fieldNodes;
        Parent = parent;
        Arguments = arguments;
    }

    /// <summary>The value of the parent object (the root value for root fields).</summary>
    public object? Parent { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition Field { get; }

    public string FieldName => Field.Name;

    /// <summary>All nodes of the field (several when the same response key is selected more than once).</summary>
    public IReadOnlyList<FieldNode> FieldNodes => Nodes;

    internal List<FieldNode> Nodes { get; }

    /// <summary>The field as value completion sees it.</summary>
    internal FieldScope Scope => new(ParentType, Field, Parent, Arguments, this);

    public FieldNode FieldNode => Nodes[0];

    public string ResponseKey => FieldNode.ResponseKey;

    public GraphQLType ReturnType => Field.Type;

    /// <summary>Coerced argument values, defaults applied.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Where the field's value goes in the response; most resolvers never ask, so it is built on demand.</summary>
    public ResponsePath Path => _path ??= ResponsePath.Child(_parentPath, _responseKey!);

    public RequestContext Request => _executor.Request;

    public CancellationToken CancellationToken => _executor.Request.CancellationToken;

    public ClaimsPrincipal? User => _executor.Request.User;

    public string? Role => _executor.Request.Role;

    public IServiceProvider? Services => _executor.Request.Services;

    public Schema Schema => _executor.Schema;

    public OperationDefinitionNode Operation => _executor.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _executor.Variables;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _executor.Fragments;

    /// <summary>The parent as <typeparamref name="T"/>.</summary>
    public T ParentAs<T>() => Parent is T t
        ? t
        : throw new InvalidOperationException($"The parent of {ParentType.Name}.{Field.Name} is {Parent?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>A coerced argument as <typeparamref name="T"/> (input objects bind to records or dictionaries).</summary>
    public T Argument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) && Field.GetArgument(name) is null)
        {
            throw new InvalidOperationException($"Field {ParentType.Name}.{Field.Name} has no argument \"{name}\".");
        }
        return ArgumentConverter.Convert<T>(value, name);
    }

    public T ArgumentOrDefault<T>(string name, T defaultValue) =>
        Arguments.TryGetValue(name, out var value) && value is not null ? ArgumentConverter.Convert<T>(value, name) : defaultValue;

    /// <summary>The per-request DataLoader named <paramref name="name"/>, created with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull => Request.DataLoaders.GetOrAdd(name, batch);

    /// <summary>
    /// The fields selected directly under this field, through fragments of any type condition, with @skip/@include
    /// applied — what a projection needs to know.
    /// </summary>
    public IReadOnlyList<SelectedField> SelectedFields => _selectedFields ??= _executor.SelectedFields(FieldNodes);

    /// <summary>Whether a child field is requested (by field name, not alias).</summary>
    public bool IsSelected(string fieldName)
    {
        foreach (var field in SelectedFields)
        {
            if (field.Name == fieldName) return true;
        }
        return false;
    }

    /// <summary>The distinct names of the child fields requested.</summary>
    public IReadOnlyCollection<string> SelectedFieldNames =>
        SelectedFields.Select(f => f.Name).Where(n => !n.StartsWith("__", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
}
