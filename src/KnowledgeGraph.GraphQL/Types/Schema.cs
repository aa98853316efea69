using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// A validated, immutable GraphQL schema: root types, every named type (in graphql-js type map order),
/// directives, and the implementation relations of interfaces and unions.
/// </summary>
public sealed class Schema
{
    private readonly OrderedDictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = [];

    internal Schema(
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> definedTypes,
        IReadOnlyList<DirectiveDefinition> directives,
        string? description,
        SchemaDefinitionNode? definition)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Directives = directives;
        Description = description;
        Definition = definition;
        _directivesByName = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _types = CollectTypes(definedTypes);
        foreach (var type in _types.Values)
        {
            if (type is not ComplexType complex) continue;
            foreach (var iface in complex.Interfaces)
            {
                var entry = Implementations(iface);
                if (complex is ObjectType o) entry.Objects.Add(o);
                else entry.Interfaces.Add((InterfaceType)complex);
            }
        }
    }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    public string? Description { get; }

    public SchemaDefinitionNode? Definition { get; }

    /// <summary>Every named type, including specified scalars in use and the introspection types.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _types;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an interface or union may have.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => _implementations.TryGetValue(iface, out var entry) ? entry.Objects : [],
        _ => [],
    };

    /// <summary>Alias of <see cref="GetPossibleTypes"/> named as in the spec.</summary>
    public IReadOnlyList<ObjectType> PossibleTypes(NamedType abstractType) => GetPossibleTypes(abstractType);

    /// <summary>Object and interface types implementing an interface.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType iface) =>
        _implementations.TryGetValue(iface, out var entry) ? (entry.Objects, entry.Interfaces) : ([], []);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType o && union.Types.Contains(o),
        InterfaceType iface => _implementations.TryGetValue(iface, out var entry)
            && (maybeSubType is ObjectType obj ? entry.Objects.Contains(obj) : maybeSubType is InterfaceType i && entry.Interfaces.Contains(i)),
        _ => false,
    };

    public bool IsPossibleType(NamedType abstractType, ObjectType type) => IsSubType(abstractType, type);

    private (List<ObjectType> Objects, List<InterfaceType> Interfaces) Implementations(InterfaceType iface)
    {
        if (!_implementations.TryGetValue(iface, out var entry))
        {
            entry = ([], []);
            _implementations[iface] = entry;
        }
        return entry;
    }

    // The order graphql-js's GraphQLSchema constructor gives its type map: defined types in order, each followed by
    // the not-yet-seen types it references, then roots, directive argument types and the introspection types.
    private OrderedDictionary<string, NamedType> CollectTypes(IEnumerable<NamedType> definedTypes)
    {
        var defined = definedTypes.ToList();
        var set = new OrderedDictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var type in defined) set[type.Name] = type;
        foreach (var type in defined)
        {
            set.Remove(type.Name);
            Collect(type, set);
        }
        if (QueryType is not null) Collect(QueryType, set);
        if (MutationType is not null) Collect(MutationType, set);
        if (SubscriptionType is not null) Collect(SubscriptionType, set);
        foreach (var directive in Directives)
        {
            foreach (var arg in directive.Arguments) Collect(TypeHelpers.GetNamedType(arg.Type)!, set);
        }
        Collect(Introspection.IntrospectionTypes.Schema, set);
        return set;
    }

    private static void Collect(NamedType type, OrderedDictionary<string, NamedType> set)
    {
        if (!set.TryAdd(type.Name, type)) return;
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types) Collect(member, set);
                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces) Collect(iface, set);
                foreach (var field in complex.Fields.Values)
                {
                    Collect(TypeHelpers.GetNamedType(field.Type)!, set);
                    foreach (var arg in field.Arguments) Collect(TypeHelpers.GetNamedType(arg.Type)!, set);
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values) Collect(TypeHelpers.GetNamedType(field.Type)!, set);
                break;
        }
    }
}
